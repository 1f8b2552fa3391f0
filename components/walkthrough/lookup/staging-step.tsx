'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { JobProgress } from '@/components/lookup/progress-bar';
import { startLookupJob } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { commandContext } from '@/components/walkthrough/lookup/legacy-data-step';
import { engineLabel, type LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { PivotRow } from '@/components/walkthrough/lookup/purchase-views';
import { useExploration } from '@/components/walkthrough/lookup/use-exploration';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopStagingSql } from '@/lib/walkthroughs/workshop-listings';

export function StagingStep({ progress, status, refresh, origin, shell }: LookupStepProps) {
  const t = useTranslations('walkthrough.purchase-lookup.steps.staging');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const staging = progress?.figures.staging ?? null;
  const running = status?.running ?? progress?.busy.lookupJob ?? null;
  const job = status?.jobs.staging ?? null;
  const built = staging?.builtInThisWalkthrough === true && staging.rows > 0;
  const exploration = useExploration(built && running === null, staging?.builtAt ?? '');

  const build = async () => {
    setPending(true);
    setError(null);
    try {
      await startLookupJob('staging', {});
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  return (
    <StepShell
      {...shell}
      workshop={<CodeBlock label={t('workshopSql')} text={workshopStagingSql} maxHeight />}
      action={
        <PrimaryAction
          label={t('action')}
          hint={t('actionHint', { engine: engineLabel(progress?.env.relationalEngine) })}
          onRun={() => void build()}
          pending={pending}
          disabled={running !== null || (progress?.figures.data?.purchases ?? 0) === 0}
          busyNote={running ? common('busyJob', { job: running }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
        />
      }
      live={job && job.status === 'running' ? <div className="mt-4" data-testid="job-progress"><JobProgress job={job} /></div> : undefined}
      result={built && exploration.view?.stagingRow ? <PivotRow row={exploration.view.stagingRow} /> : undefined}
      figures={
        built && staging
          ? {
              rows: [
                { key: 'staging-rows', label: t('figRows'), workshop: format.count(lookupWorkshop.dmsRows), yours: format.count(staging.rows), value: staging.rows },
                { key: 'staging-time', label: t('figTime'), workshop: '—', yours: format.duration(staging.ms), value: staging.ms },
              ],
              differs: staging.rows !== lookupWorkshop.dmsRows ? [t('differsRows')] : [],
            }
          : undefined
      }
      check={t('check', { rows: format.count(staging?.rows ?? 0), purchases: format.count(staging?.purchases ?? 0) })}
      commands={stepCommands('purchase-lookup', 'staging', commandContext(origin, progress))}
    />
  );
}
