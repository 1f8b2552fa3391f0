'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { JobProgress } from '@/components/lookup/progress-bar';
import { startLookupJob } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { commandContext } from '@/components/walkthrough/lookup/legacy-data-step';
import type { LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { itemJson } from '@/components/lookup/item-json';
import { useExploration } from '@/components/walkthrough/lookup/use-exploration';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { dmsRowsPerSecond, lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopDmsMapping } from '@/lib/walkthroughs/workshop-listings';

export function MigrateStep({ progress, status, refresh, origin, shell }: LookupStepProps) {
  const t = useTranslations('walkthrough.purchase-lookup.steps.migrate');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const migration = progress?.figures.migration ?? null;
  const stagingReady = progress?.steps.find((s) => s.id === 'staging')?.done ?? false;
  const done = progress?.steps.find((s) => s.id === 'migrate')?.done ?? false;
  const running = status?.running ?? progress?.busy.lookupJob ?? null;
  const job = status?.jobs.migrate ?? null;
  const exploration = useExploration(done && running === null, `${migration?.rowsDone}|${migration?.completed}`);
  const table = progress?.env.lookupTable ?? 'purchase_t';

  const migrate = async () => {
    setPending(true);
    setError(null);
    try {
      await startLookupJob('migrate', { mode: 'restart' });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const validation = migration?.validation ?? null;
  const differs = [progress?.env.dynamodbEmulator ? t('differsEmulator') : t('differsAws')];
  if (done && migration?.ms === null) differs.push(t('timeUnknown'));
  return (
    <StepShell
      {...shell}
      workshop={<CodeBlock label={t('workshopMapping')} text={workshopDmsMapping} maxHeight />}
      action={
        <PrimaryAction
          label={t('action', { table })}
          hint={t('actionHint')}
          onRun={() => void migrate()}
          pending={pending}
          disabled={running !== null || !stagingReady}
          busyNote={running ? common('busyJob', { job: running }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
          tone="modern"
        />
      }
      live={job && job.status === 'running' ? <div className="mt-4" data-testid="job-progress"><JobProgress job={job} /></div> : undefined}
      result={
        done ? (
          <div className="space-y-3">
            {validation && (
              <div data-testid="validation" data-passed={String(validation.passed)} className={`rounded-md border-2 p-3 ${validation.passed ? 'border-emerald-500' : 'border-red-500'}`}>
                <p className="font-semibold">
                  {t('validation')}: {validation.passed ? t('validationPassed') : t('validationFailed')}
                </p>
                <dl className="mt-2 grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
                  {(
                    [
                      ['source', t('sourceRows'), validation.sourceCount],
                      ['target', t('targetItems'), validation.targetCount],
                      ['sampled', t('sampled'), validation.sampled],
                      ['mismatches', t('mismatches'), validation.mismatchCount],
                    ] as const
                  ).map(([key, label, value]) => (
                    <div key={key}>
                      <dt className="text-slate-500">{label}</dt>
                      <dd className="font-mono text-lg tabular-nums" data-testid={`validation-${key}`}>
                        {format.count(value)}
                      </dd>
                    </div>
                  ))}
                </dl>
              </div>
            )}
            <CodeBlock label={t('itemTitle')} text={exploration.view?.dynamoItem ? itemJson(exploration.view.dynamoItem) : t('itemPending')} testId="migrated-item" copy={false} />
          </div>
        ) : undefined
      }
      figures={
        done && migration
          ? {
              rows: [
                { key: 'items', label: t('figItems'), workshop: format.count(lookupWorkshop.dmsRows), yours: format.count(migration.items), value: migration.items },
                {
                  key: 'migration-time',
                  label: t('figTime'),
                  workshop: t('workshopTime', { time: format.duration(lookupWorkshop.dmsMs), rows: format.count(lookupWorkshop.dmsRows) }),
                  yours: migration.ms === null ? '—' : t('workshopTime', { time: format.duration(migration.ms), rows: format.count(migration.rowsDone) }),
                  value: migration.ms,
                },
                { key: 'migration-rate', label: t('figRate'), workshop: format.count(dmsRowsPerSecond), yours: format.count(migration.rowsPerSecond), value: migration.rowsPerSecond },
              ],
              differs,
            }
          : undefined
      }
      check={t('check', { items: format.count(migration?.items ?? 0), rows: format.count(progress?.figures.staging?.rows ?? 0) })}
      commands={stepCommands('purchase-lookup', 'migrate', commandContext(origin, progress))}
    />
  );
}
