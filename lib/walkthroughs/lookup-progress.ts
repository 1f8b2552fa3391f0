/**
 * The purchase-lookup walkthrough's completion checks, from readings of the real state. Pure: the
 * readings are gathered by read-lookup-progress.ts, so these rules are unit-tested on their own.
 */
import type { RunRecord } from '@/lib/scenario-catalog';
import { lookupStepIds, type LookupStepId } from '@/lib/walkthroughs/catalog';
import type { LookupFigures, StepState } from '@/lib/walkthroughs/progress-types';
import { latestCompletedRun, runFigures } from '@/lib/walkthroughs/run-figures';

export interface LookupReadings {
  startedAt: number;
  counts: { customer: number; product: number; seller: number; purchase: number; purchases: number; staging: number } | null;
  dataset: { generatedAt: string; stagingBuildId: string | null; stagingBuiltAt: string | null } | null;
  checkpoint: { stagingBuildId: string; rowsDone: number; totalRows: number; completed: boolean; updatedAt: string } | null;
  /** Items counted in the DynamoDB table; null while a count is going or the table is missing. */
  dynamodbItems: number | null;
  running: 'generate' | 'staging' | 'migrate' | null;
  stagingJob: { status: string; ms: number | null; finishedAt: string | null } | null;
  migrateJob: {
    status: string;
    finishedAt: string | null;
    ms: number | null;
    rowsPerSecond: number | null;
    concurrency: number | null;
    validation: { passed: boolean; sourceCount: number; targetCount: number; sampled: number; mismatchCount: number } | null;
  } | null;
  runs: readonly RunRecord[];
  /** GetItem latency during a run, as the metrics source reports it. */
  getItemDuring: (run: RunRecord) => { source: 'app' | 'cloudwatch'; averageMs: number | null; maximumMs: number | null; samples: number };
}

const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);

export function computeLookupProgress(readings: LookupReadings): { steps: StepState<LookupStepId>[]; figures: LookupFigures } {
  const { counts, dataset, checkpoint, startedAt } = readings;

  const hasData = counts !== null && counts.purchases > 0 && counts.customer > 0 && counts.product > 0 && counts.seller > 0;
  const stagingBuiltAt = time(dataset?.stagingBuiltAt);
  const stagingFresh = Number.isFinite(stagingBuiltAt) && stagingBuiltAt >= startedAt;
  // Staging is done when this walkthrough built it and it holds one row per purchase.
  const stagingDone = hasData && stagingFresh && readings.running !== 'staging' && counts!.staging > 0 && counts!.staging === counts!.purchases;

  const migrationOfThisStaging = checkpoint !== null && dataset?.stagingBuildId !== null && checkpoint.stagingBuildId === dataset?.stagingBuildId;
  // Migrated: the checkpoint of this staging build is complete and DynamoDB holds exactly one item per staging row.
  const migrateDone =
    stagingDone && migrationOfThisStaging && checkpoint!.completed && readings.running !== 'migrate' && readings.dynamodbItems !== null && readings.dynamodbItems === counts!.staging;

  // A load run counts when it ran against the data as it is now.
  const dataSince = Math.max(startedAt, time(dataset?.generatedAt) || 0);
  const legacyRun = hasData ? latestCompletedRun(readings.runs, 'lookup.relational', dataSince) : null;
  const migratedSince = Math.max(startedAt, time(checkpoint?.updatedAt) || 0);
  const dynamodbRun = migrateDone ? latestCompletedRun(readings.runs, 'lookup.dynamodb', migratedSince) : null;
  const clean = (run: RunRecord | null) => run !== null && (run.summary?.succeeded ?? 0) > 0 && (run.summary?.failed ?? 1) === 0;

  const getItem = dynamodbRun ? { runId: dynamodbRun.id, endToEndP95Ms: dynamodbRun.summary?.latency.p95 ?? 0, ...readings.getItemDuring(dynamodbRun) } : null;

  const done: Record<LookupStepId, boolean> = {
    'legacy-data': hasData,
    staging: stagingDone,
    migrate: migrateDone,
    'legacy-load': clean(legacyRun),
    'dynamodb-load': clean(dynamodbRun),
    getitem: clean(dynamodbRun) && getItem !== null && getItem.samples > 0,
    summary: false,
  };
  done.summary = lookupStepIds.every((id) => id === 'summary' || done[id]);

  const migrateJob = readings.migrateJob?.status === 'succeeded' ? readings.migrateJob : null;
  const stagingJob = readings.stagingJob?.status === 'succeeded' ? readings.stagingJob : null;
  const figures: LookupFigures = {
    data: counts
      ? { customers: counts.customer, products: counts.product, sellers: counts.seller, purchaseLines: counts.purchase, purchases: counts.purchases, generatedAt: dataset?.generatedAt ?? null }
      : null,
    staging: counts
      ? { rows: counts.staging, purchases: counts.purchases, builtAt: dataset?.stagingBuiltAt ?? null, builtInThisWalkthrough: stagingFresh, ms: stagingFresh ? (stagingJob?.ms ?? null) : null }
      : null,
    migration:
      checkpoint && migrationOfThisStaging
        ? {
            rowsDone: checkpoint.rowsDone,
            totalRows: checkpoint.totalRows,
            completed: checkpoint.completed,
            items: readings.dynamodbItems,
            ms: migrateJob?.ms ?? null,
            rowsPerSecond: migrateJob?.rowsPerSecond ?? null,
            concurrency: migrateJob?.concurrency ?? null,
            validation: migrateJob?.validation ?? null,
          }
        : null,
    legacyRun: legacyRun ? runFigures(legacyRun) : null,
    dynamodbRun: dynamodbRun ? runFigures(dynamodbRun) : null,
    getItem,
  };
  return { steps: lookupStepIds.map((id) => ({ id, done: done[id] })), figures };
}
