'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { JobCard } from '@/components/lookup/job-card';
import { StopButton } from '@/components/lookup/stop-button';
import { jobButton } from '@/components/lookup/styles';
import { ValidationReportView } from '@/components/lookup/validation-report';
import { useFormat } from '@/i18n/use-format';
import type { LookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import type { MigrationResult } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';

/** The workshop's DMS full load: 100,000 rows in 14 min 43 s. */
const WORKSHOP_DMS = { rows: 100_000, ms: (14 * 60 + 43) * 1000 };

interface Props {
  status: LookupDataStatus | null;
  startError: unknown;
  busy: boolean;
  onStart: (body: { mode: 'restart' | 'resume' }) => void;
  onStop: () => void;
}

/** Step 3: BatchWriteItem into DynamoDB, resumable from its checkpoint, then validated. */
export function MigrateCard({ status, startError, busy, onStart, onStop }: Props) {
  const t = useTranslations('lookup.migrate');
  const f = useFormat();
  const [restart, setRestart] = useState(false);
  const job = status?.jobs.migrate ?? null;
  const running = status?.running ?? null;
  const migration = job && job.status !== 'running' ? (job.result as MigrationResult | null) : null;
  const checkpoint = status?.checkpoint;
  const resumable = checkpoint && !checkpoint.completed && checkpoint.stagingBuildId === status?.dataset?.stagingBuildId && checkpoint.rowsDone > 0 && running !== 'migrate';
  const b = (chunks: ReactNode) => <b>{chunks}</b>;
  const code = (chunks: ReactNode) => <span className="font-mono">{chunks}</span>;
  return (
    <JobCard
      step={3}
      kind="migrate"
      title={t('title')}
      description={t.rich('description', { table: status?.table ?? 'purchase_t', rows: f.count(WORKSHOP_DMS.rows), time: f.duration(WORKSHOP_DMS.ms), code })}
      job={job}
      startError={startError}
      controls={
        <>
          <button type="button" data-testid="migrate-button" disabled={busy} onClick={() => onStart({ mode: restart ? 'restart' : 'resume' })} className={`${jobButton} bg-modern hover:brightness-110`}>
            {resumable && !restart ? t('resume') : t('button')}
          </button>
          <label className="flex items-center gap-2 text-base">
            <input type="checkbox" className="h-5 w-5" checked={restart} onChange={(event) => setRestart(event.target.checked)} />
            {t('restart')}
          </label>
          {running === 'migrate' && <StopButton onStop={onStop} />}
        </>
      }
      summary={
        <>
          {resumable && checkpoint && (
            <p className="rounded bg-amber-50 p-3 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200" data-testid="checkpoint">
              {t.rich('checkpoint', {
                done: f.count(checkpoint.rowsDone),
                total: f.count(checkpoint.totalRows),
                after: `${checkpoint.after?.customerId}/${checkpoint.after?.purchaseId}`,
                code,
              })}
            </p>
          )}
          {migration && (
            <p>
              {migration.alreadyComplete ? (
                t('alreadyComplete')
              ) : (
                <>
                  {t.rich('summary', { rows: f.count(migration.rowsWritten), time: f.duration(migration.ms), rate: f.count(migration.rowsPerSecond), concurrency: migration.concurrency, b })}
                  {migration.resumed && t('resumed', { rows: f.count(migration.rowsSkipped) })}
                  {migration.retries > 0 && t('retries', { count: f.count(migration.retries) })}
                </>
              )}
            </p>
          )}
        </>
      }
    >
      {migration?.validation && <ValidationReportView report={migration.validation} />}
    </JobCard>
  );
}
