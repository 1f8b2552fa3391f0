import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { describeError } from '@/lib/http/to-error-response';
import { countPurchaseItems, purchaseTableExists, purchaseTableName } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { listLookupJobs, runningLookupJob, type LookupJobKind, type LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import type { DatasetInfo, MigrationCheckpoint, RowCounts } from '@/lib/scenarios/purchase-lookup/relational-store';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

export interface LookupDataStatus {
  engine: string;
  table: string;
  relational: { counts: RowCounts | null; countedAt: string | null; counting: boolean; error: string | null };
  dynamodb: { exists: boolean | null; items: number | null; countedAt: string | null; counting: boolean; error: string | null };
  dataset: DatasetInfo | null;
  checkpoint: MigrationCheckpoint | null;
  /** The DynamoDB table holds a complete migration of the current staging build. */
  migratedCurrentStaging: boolean;
  running: LookupJobKind | null;
  jobs: Record<LookupJobKind, LookupJobView | null>;
}

interface CountEntry<T> {
  value: T | null;
  at: string | null;
  pending: Promise<void> | null;
  error: string | null;
  generation: number;
}

interface StatusCache {
  relational: CountEntry<RowCounts>;
  dynamodb: CountEntry<{ exists: boolean; items: number }>;
}

const emptyEntry = <T>(): CountEntry<T> => ({ value: null, at: null, pending: null, error: null, generation: 0 });

// Counting a million rows or scanning a million items is not free, so counts are kept until the
// data changes (a job ends) or the page asks for a recount; one count runs at a time.
const cache = () => processSingleton<StatusCache>('lookup-status-cache', () => ({ relational: emptyEntry(), dynamodb: emptyEntry() }));

/** A poll waits this long for a count; past it the page shows "counting" and the count goes on. */
const COUNT_WAIT_MS = 1_500;

export function invalidateLookupStatus(which: 'relational' | 'dynamodb' | 'all' = 'all'): void {
  const state = cache();
  for (const name of ['relational', 'dynamodb'] as const) {
    if (which !== 'all' && which !== name) continue;
    const entry = state[name];
    entry.generation += 1;
    Object.assign(entry, { value: null, at: null, pending: null, error: null });
  }
}

async function countDynamoItems(): Promise<{ exists: boolean; items: number }> {
  if (!(await purchaseTableExists())) return { exists: false, items: 0 };
  return { exists: true, items: await countPurchaseItems() };
}

async function refreshed<T>(entry: CountEntry<T>, count: () => Promise<T>): Promise<{ value: T | null; at: string | null; counting: boolean; error: string | null }> {
  if (entry.value === null && entry.pending === null) {
    const generation = entry.generation;
    entry.pending = count().then(
      (value) => {
        if (entry.generation !== generation) return;
        Object.assign(entry, { value, at: new Date().toISOString(), pending: null, error: null });
      },
      (error: unknown) => {
        if (entry.generation !== generation) return;
        Object.assign(entry, { pending: null, error: describeError(error) });
      },
    );
  }
  if (entry.pending) await Promise.race([entry.pending, new Promise((resolve) => setTimeout(resolve, COUNT_WAIT_MS))]);
  const error = entry.error;
  // A failed count is tried again on the next poll.
  if (error) entry.error = null;
  return { value: entry.value, at: entry.at, counting: entry.pending !== null, error };
}

export async function getLookupDataStatus(options: { recount?: boolean } = {}): Promise<LookupDataStatus> {
  const state = cache();
  if (options.recount) invalidateLookupStatus();
  const running = runningLookupJob();
  const store = await getPurchaseStore();

  // While the tables are being rewritten a count would wait for the job's locks; while the
  // migration writes, its progress bar is the live count.
  const [relational, dynamodb] = await Promise.all([
    running === 'generate' || running === 'staging'
      ? { value: state.relational.value, at: state.relational.at, counting: false, error: null }
      : refreshed(state.relational, () => store.countRows()),
    running === 'migrate'
      ? { value: state.dynamodb.value, at: state.dynamodb.at, counting: false, error: null }
      : refreshed(state.dynamodb, countDynamoItems),
  ]);

  let dataset: DatasetInfo | null = null;
  let checkpoint: MigrationCheckpoint | null = null;
  if (running !== 'generate') {
    [dataset, checkpoint] = await Promise.all([store.readDatasetInfo(), store.readCheckpoint()]);
  }
  return {
    engine: store.engine,
    table: purchaseTableName(),
    relational: { counts: relational.value, countedAt: relational.at, counting: relational.counting, error: relational.error },
    dynamodb: {
      exists: dynamodb.value?.exists ?? null,
      items: dynamodb.value?.items ?? null,
      countedAt: dynamodb.at,
      counting: dynamodb.counting,
      error: dynamodb.error,
    },
    dataset,
    checkpoint,
    migratedCurrentStaging: Boolean(dataset?.stagingBuildId && checkpoint?.completed && checkpoint.stagingBuildId === dataset.stagingBuildId),
    running,
    jobs: listLookupJobs(),
  };
}
