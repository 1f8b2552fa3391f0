'use client';

import { useState } from 'react';
import type { LookupJobKind } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import type { GenerateResult } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import type { MigrationResult } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import type { StagingResult } from '@/lib/scenarios/purchase-lookup/build-staging';
import { DataCounts } from '@/components/lookup/data-counts';
import { formatCount, formatDuration, readError } from '@/components/lookup/format';
import { JobCard } from '@/components/lookup/job-card';
import { useLookupStatus } from '@/components/lookup/use-lookup-status';
import { ValidationReportView } from '@/components/lookup/validation-report';

const buttonClass =
  'rounded-md px-5 py-2 text-lg font-semibold text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2';
const inputClass = 'w-40 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg dark:border-slate-700 dark:bg-slate-950';

const WORKSHOP_DMS = '100,000 rows in 14 min 43 s';

/** Data status, the Generate → Build staging → Migrate pipeline with live progress, and validation. */
export function LookupConsole() {
  const { status, error, refresh } = useLookupStatus();
  const [purchases, setPurchases] = useState('100000');
  const [seed, setSeed] = useState('20220306');
  const [restart, setRestart] = useState(false);
  const [startErrors, setStartErrors] = useState<Partial<Record<LookupJobKind, string>>>({});
  const [pending, setPending] = useState<LookupJobKind | null>(null);

  const running = status?.running ?? null;
  const busy = running !== null || pending !== null;
  const jobs = status?.jobs;

  async function start(kind: LookupJobKind, path: string, body: unknown) {
    setPending(kind);
    setStartErrors((errors) => ({ ...errors, [kind]: undefined }));
    try {
      const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      if (!response.ok) {
        const message = await readError(response);
        setStartErrors((errors) => ({ ...errors, [kind]: message }));
      }
    } catch (caught) {
      setStartErrors((errors) => ({ ...errors, [kind]: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setPending(null);
      refresh();
    }
  }

  async function stop() {
    await fetch('/api/lookup/stop', { method: 'POST' }).catch(() => undefined);
    refresh();
  }

  const generate = jobs?.generate?.status === 'succeeded' ? (jobs.generate.result as GenerateResult) : null;
  const staging = jobs?.staging?.status === 'succeeded' ? (jobs.staging.result as StagingResult) : null;
  const migration = jobs?.migrate && jobs.migrate.status !== 'running' ? (jobs.migrate.result as MigrationResult | null) : null;
  const checkpoint = status?.checkpoint;
  const resumable =
    checkpoint && !checkpoint.completed && checkpoint.stagingBuildId === status?.dataset?.stagingBuildId && checkpoint.rowsDone > 0 && running !== 'migrate';

  const stopButton = (kind: LookupJobKind) =>
    running === kind && (
      <button type="button" onClick={() => void stop()} className={`${buttonClass} bg-slate-600 hover:bg-slate-700`}>
        Stop
      </button>
    );

  return (
    <div className="space-y-6">
      {error && (
        <p role="alert" className="rounded bg-red-100 p-4 text-lg text-red-800 dark:bg-red-950 dark:text-red-200">
          Status unavailable: {error}
        </p>
      )}
      <DataCounts status={status} onRecount={() => refresh({ recount: true })} />

      <section aria-labelledby="pipeline-title" className="space-y-3">
        <h2 id="pipeline-title" className="text-2xl font-semibold">
          Migration pipeline
        </h2>
        <div className="grid grid-cols-3 gap-5">
          <JobCard
            step={1}
            kind="generate"
            title="Generate"
            description="Seeded Korean customers, sellers, products and 1–3 line purchases, bulk-loaded with COPY."
            job={jobs?.generate ?? null}
            startError={startErrors.generate ?? null}
            controls={
              <>
                <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
                  Purchases
                  <input
                    data-testid="generate-size"
                    className={inputClass}
                    type="number"
                    min={1}
                    max={2_000_000}
                    value={purchases}
                    onChange={(event) => setPurchases(event.target.value)}
                  />
                </label>
                <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
                  Seed
                  <input className={`${inputClass} w-36`} type="number" min={0} value={seed} onChange={(event) => setSeed(event.target.value)} />
                </label>
                <button
                  type="button"
                  data-testid="generate-button"
                  disabled={busy}
                  onClick={() => void start('generate', '/api/lookup/generate', { purchases: Number(purchases), seed: Number(seed) })}
                  className={`${buttonClass} bg-legacy hover:brightness-110`}
                >
                  Generate
                </button>
                {stopButton('generate')}
              </>
            }
            summary={
              generate && (
                <p>
                  Loaded <b>{formatCount(generate.totalRows)}</b> rows ({formatCount(generate.purchases)} purchases) in <b>{formatDuration(generate.ms)}</b>
                </p>
              )
            }
          />
          <JobCard
            step={2}
            kind="staging"
            title="Build staging"
            description={
              <>
                The workshop&apos;s pivot, in SQL: one string row per purchase in <span className="font-mono">PURCHASE_DYNAMODB_FORMAT</span>.
              </>
            }
            job={jobs?.staging ?? null}
            startError={startErrors.staging ?? null}
            controls={
              <>
                <button
                  type="button"
                  data-testid="staging-button"
                  disabled={busy}
                  onClick={() => void start('staging', '/api/lookup/staging', {})}
                  className={`${buttonClass} bg-slate-700 hover:bg-slate-800 dark:bg-slate-600 dark:hover:bg-slate-500`}
                >
                  Build staging
                </button>
                {stopButton('staging')}
              </>
            }
            summary={
              staging && (
                <p>
                  Pivoted <b>{formatCount(staging.rows)}</b> purchases in <b>{formatDuration(staging.ms)}</b>
                </p>
              )
            }
          />
          <JobCard
            step={3}
            kind="migrate"
            title="Migrate to DynamoDB"
            description={
              <>
                Parallel BatchWriteItem into <span className="font-mono">{status?.table ?? 'purchase_t'}</span>, checkpointed, then validated. Workshop&apos;s DMS: {WORKSHOP_DMS}.
              </>
            }
            job={jobs?.migrate ?? null}
            startError={startErrors.migrate ?? null}
            controls={
              <>
                <button
                  type="button"
                  data-testid="migrate-button"
                  disabled={busy}
                  onClick={() => void start('migrate', '/api/lookup/migrate', { mode: restart ? 'restart' : 'resume' })}
                  className={`${buttonClass} bg-modern hover:brightness-110`}
                >
                  {resumable && !restart ? 'Resume migration' : 'Migrate'}
                </button>
                <label className="flex items-center gap-2 text-base">
                  <input type="checkbox" className="h-5 w-5" checked={restart} onChange={(event) => setRestart(event.target.checked)} />
                  Start over (recreate the table)
                </label>
                {stopButton('migrate')}
              </>
            }
            summary={
              <>
                {resumable && checkpoint && (
                  <p className="rounded bg-amber-50 p-3 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200" data-testid="checkpoint">
                    Checkpoint: {formatCount(checkpoint.rowsDone)} of {formatCount(checkpoint.totalRows)} rows are in DynamoDB. Migrate resumes after purchase{' '}
                    <span className="font-mono">
                      {checkpoint.after?.customerId}/{checkpoint.after?.purchaseId}
                    </span>
                    .
                  </p>
                )}
                {migration && (
                  <p>
                    {migration.alreadyComplete ? (
                      <>Already migrated: nothing to write.</>
                    ) : (
                      <>
                        Wrote <b>{formatCount(migration.rowsWritten)}</b> items in <b>{formatDuration(migration.ms)}</b> ·{' '}
                        <b>{formatCount(migration.rowsPerSecond)}</b> rows/s with {migration.concurrency} BatchWriteItem calls in flight
                        {migration.resumed && <> · resumed after {formatCount(migration.rowsSkipped)} rows</>}
                        {migration.retries > 0 && <> · {formatCount(migration.retries)} retries</>}
                      </>
                    )}
                  </p>
                )}
              </>
            }
          >
            {migration?.validation && <ValidationReportView report={migration.validation} />}
          </JobCard>
        </div>
      </section>
    </div>
  );
}
