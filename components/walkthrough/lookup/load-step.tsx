'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { startLoadRun } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { LiveRun } from '@/components/walkthrough/live-run';
import { commandContext } from '@/components/walkthrough/lookup/legacy-data-step';
import type { LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { NumberField, clampInteger } from '@/components/walkthrough/number-field';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { lookupDefaults } from '@/lib/walkthroughs/catalog';
import type { RunFigures } from '@/lib/walkthroughs/progress-types';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopGatlingLegacy, workshopGatlingMsa } from '@/lib/walkthroughs/workshop-listings';

/** The run settings field pair both load steps share (Gatling's few users over some time). */
export function useLoadSettings() {
  const [users, setUsers] = useState(String(lookupDefaults.connections));
  const [seconds, setSeconds] = useState(String(lookupDefaults.durationSeconds));
  return {
    users,
    seconds,
    setUsers,
    setSeconds,
    connections: clampInteger(users, 1, 100, lookupDefaults.connections),
    durationSeconds: clampInteger(seconds, 1, 3_600, lookupDefaults.durationSeconds),
  };
}

/** Step 4 (the join) and step 5 (GetItem): the same closed load against each side's lookup route. */
export function LoadStep({ step, progress, refresh, origin, shell }: LookupStepProps) {
  const side = step === 'legacy-load' ? 'legacy' : 'dynamodb';
  const t = useTranslations(`walkthrough.purchase-lookup.steps.${step}`);
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const settings = useLoadSettings();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const targetId = side === 'legacy' ? 'lookup.relational' : 'lookup.dynamodb';
  const run: RunFigures | null = (side === 'legacy' ? progress?.figures.legacyRun : progress?.figures.dynamodbRun) ?? null;
  const legacyRun = progress?.figures.legacyRun ?? null;
  const migrated = progress?.steps.find((s) => s.id === 'migrate')?.done ?? false;
  const hasData = (progress?.figures.data?.purchases ?? 0) > 0;
  const busyRun = progress?.busy.loadRun ?? null;

  const start = async () => {
    setPending(true);
    setError(null);
    try {
      await startLoadRun(targetId, { model: 'closed', connections: settings.connections, durationSeconds: settings.durationSeconds });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const workshopP95 = side === 'legacy' ? lookupWorkshop.legacyP95Ms : lookupWorkshop.dynamodbP95Ms;
  const rows = run
    ? [
        ...(side === 'dynamodb' && legacyRun
          ? [{ key: 'p95-legacy', label: t('figP95Legacy'), workshop: format.ms(lookupWorkshop.legacyP95Ms), yours: format.ms(legacyRun.p95), value: legacyRun.p95 }]
          : []),
        { key: `p95-${side}`, label: t('figP95'), workshop: format.ms(workshopP95), yours: format.ms(run.p95), value: run.p95 },
        { key: `rate-${side}`, label: t('figRate'), workshop: '—', yours: format.rate(run.requestsPerSecond), value: run.requestsPerSecond },
        { key: `requests-${side}`, label: common('requestsDone'), workshop: format.count(side === 'legacy' ? 114 : 219), yours: format.count(run.completed), value: run.completed },
      ]
    : [];
  const differs = side === 'legacy' ? [t('differs')] : [progress?.env.dynamodbEmulator ? t('differsEmulator') : t('differsAws')];
  return (
    <StepShell
      {...shell}
      workshop={<CodeBlock label={t('workshopConsole')} text={side === 'legacy' ? workshopGatlingLegacy : workshopGatlingMsa} copy={false} />}
      action={
        <PrimaryAction
          label={t('action')}
          hint={
            <>
              {t('actionHint', { users: format.count(settings.connections), seconds: format.count(settings.durationSeconds) })}
              {side === 'dynamodb' && !migrated && <span className="mt-1 block font-medium text-amber-700 dark:text-amber-300">{t('needsMigration')}</span>}
            </>
          }
          onRun={() => void start()}
          pending={pending}
          disabled={busyRun !== null || !hasData || (side === 'dynamodb' && !migrated)}
          busyNote={busyRun ? common('busyRun', { id: busyRun }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
          tone={side === 'legacy' ? 'legacy' : 'modern'}
        >
          <NumberField name="users" label={common('users')} value={settings.users} onChange={settings.setUsers} min={1} max={100} />
          <NumberField name="seconds" label={common('seconds')} value={settings.seconds} onChange={settings.setSeconds} min={1} max={3_600} />
        </PrimaryAction>
      }
      live={<LiveRun targetId={targetId} since={progress?.startedAt ?? Number.POSITIVE_INFINITY} />}
      figures={run ? { rows, differs } : undefined}
      check={t('check', { requests: format.count(run?.completed ?? 0) })}
      commands={stepCommands('purchase-lookup', step, commandContext(origin, progress, { connections: settings.connections, durationSeconds: settings.durationSeconds }))}
    />
  );
}
