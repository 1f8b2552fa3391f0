import 'server-only';
import { getConfig } from '@/lib/config';
import { getActiveJob } from '@/lib/load/run-registry';
import { listRuns } from '@/lib/load/run-store';
import type { RunRecord } from '@/lib/scenario-catalog';
import { describeError } from '@/lib/http/to-error-response';
import { getMetricsSource } from '@/lib/metrics/metrics-source';
import { getRelationalEngine } from '@/lib/db/relational/engine';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { getBurst } from '@/lib/scenarios/limited-offer/burst';
import { offerKeys } from '@/lib/scenarios/limited-offer/redis-scripts';
import { getOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { ensureOfferReady } from '@/lib/scenarios/limited-offer/reset-offer';
import { getLookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import type { MigrationResult } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import type { StagingResult } from '@/lib/scenarios/purchase-lookup/build-staging';
import { runningLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import type { WalkthroughName } from '@/lib/walkthroughs/catalog';
import { getItemDuringRun, type GetItemDuringRun } from '@/lib/walkthroughs/getitem-during-run';
import { computeLookupProgress } from '@/lib/walkthroughs/lookup-progress';
import { computeOfferProgress } from '@/lib/walkthroughs/offer-progress';
import type { Busy, LookupProgress, OfferProgress, WalkthroughEnv, WalkthroughProgress } from '@/lib/walkthroughs/progress-types';
import { walkthroughStartedAt } from '@/lib/walkthroughs/walkthrough-epochs';

function readEnv(): WalkthroughEnv {
  const config = getConfig();
  return {
    relationalEngine: getRelationalEngine().name,
    dynamodbEmulator: config.DYNAMODB_ENDPOINT !== undefined && !new URL(config.DYNAMODB_ENDPOINT).hostname.endsWith('.amazonaws.com'),
    getItemSource: getMetricsSource().mode,
    lookupTable: config.LOOKUP_TABLE,
    stockKey: offerKeys().stock,
    paymentDelayMs: getOfferSettings().paymentDelayMs,
    defaultPaymentDelayMs: config.PAYMENT_DELAY_MS,
  };
}

function readBusy(): Busy {
  return { lookupJob: runningLookupJob(), loadRun: getActiveJob()?.id ?? null, burst: getBurst()?.status === 'running' };
}

async function readLookupProgress(): Promise<LookupProgress> {
  const startedAt = await walkthroughStartedAt('purchase-lookup');
  const [status, stored] = await Promise.all([getLookupDataStatus(), listRuns()]);
  // The run store is scenario-agnostic; the catalog names each scenario's notes and outcome counters.
  const runs = stored as RunRecord[];
  // GetItem latency is read for the run the steps pick, once the pure rules have picked it.
  const getItemByRun = new Map<string, GetItemDuringRun>();
  const candidates = runs.filter((run) => run.targetId === 'lookup.dynamodb' && run.status === 'completed' && run.startedAt >= startedAt);
  await Promise.all(candidates.slice(0, 3).map(async (run) => getItemByRun.set(run.id, await getItemDuringRun(run))));

  const stagingJob = status.jobs.staging;
  const migrateJob = status.jobs.migrate;
  const migration = migrateJob?.status === 'succeeded' ? (migrateJob.result as MigrationResult | null) : null;
  // A migration job in memory describes the current table only if it ran after this staging build.
  const migrateJobCurrent = migrateJob?.finishedAt && status.dataset?.stagingBuiltAt ? Date.parse(migrateJob.finishedAt) >= Date.parse(status.dataset.stagingBuiltAt) : false;
  const { steps, figures } = computeLookupProgress({
    startedAt,
    counts: status.relational.counts,
    dataset: status.dataset,
    checkpoint: status.checkpoint,
    dynamodbItems: status.dynamodb.exists === false ? 0 : status.dynamodb.items,
    running: status.running,
    stagingJob: stagingJob ? { status: stagingJob.status, ms: (stagingJob.result as StagingResult | null)?.ms ?? null, finishedAt: stagingJob.finishedAt } : null,
    migrateJob:
      migrateJob && migrateJobCurrent
        ? {
            status: migrateJob.status,
            finishedAt: migrateJob.finishedAt,
            ms: migration && !migration.alreadyComplete ? migration.ms : null,
            rowsPerSecond: migration && !migration.alreadyComplete ? migration.rowsPerSecond : null,
            concurrency: migration?.concurrency ?? null,
            validation: migration?.validation
              ? {
                  passed: migration.validation.passed,
                  sourceCount: migration.validation.sourceCount,
                  targetCount: migration.validation.targetCount,
                  sampled: migration.validation.sampled,
                  mismatchCount: migration.validation.mismatchCount,
                }
              : null,
          }
        : null,
    runs,
    getItemDuring: (run) => getItemByRun.get(run.id) ?? { source: getMetricsSource().mode === 'emulator' ? 'app' : 'cloudwatch', averageMs: null, maximumMs: null, samples: 0 },
  });
  return { name: 'purchase-lookup', startedAt, checkedAt: new Date().toISOString(), busy: readBusy(), env: readEnv(), steps, figures };
}

async function readOfferProgress(): Promise<OfferProgress> {
  // The first reset of a fresh database happens here, before the clock starts, so it is not taken for the attendee's.
  await ensureOfferReady();
  const startedAt = await walkthroughStartedAt('limited-offer');
  const [audit, runs] = await Promise.all([
    auditOffer().then(
      (value) => ({ value, error: null }),
      (error: unknown) => ({ value: null, error: describeError(error) }),
    ),
    listRuns() as Promise<RunRecord[]>,
  ]);
  const burst = getBurst();
  const { steps, figures } = computeOfferProgress({
    startedAt,
    audit: audit.value,
    auditError: audit.error,
    runs,
    burst: burst
      ? {
          id: burst.id,
          path: burst.path,
          status: burst.status,
          startedAt: burst.startedAt,
          requests: burst.requests,
          concurrency: burst.concurrency,
          counts: burst.counts,
          audit: burst.audit ? { initialStock: burst.audit.initialStock, unitsOversold: burst.audit.unitsOversold } : null,
        }
      : null,
  });
  return { name: 'limited-offer', startedAt, checkedAt: new Date().toISOString(), busy: readBusy(), env: readEnv(), steps, figures };
}

/** Every step's completion and the attendee's figures, read from the backends now. */
export function readWalkthroughProgress(name: WalkthroughName): Promise<WalkthroughProgress> {
  return name === 'purchase-lookup' ? readLookupProgress() : readOfferProgress();
}
