import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { describeError } from '@/lib/http/to-error-response';
import { countPurchaseItems, purchaseTableExists, purchaseTableName } from '@/lib/lookup/dynamodb-purchases';
import { listLookupJobs, runningLookupJob, type LookupJobKind, type LookupJobView } from '@/lib/lookup/jobs/job-registry';
import { getPurchaseStore, type DatasetInfo, type MigrationCheckpoint, type RowCounts } from '@/lib/lookup/relational-store';

export interface LookupDataStatus {
  engine: string;
  table: string;
  relational: { counts: RowCounts | null; countedAt: string | null; error: string | null };
  dynamodb: { exists: boolean | null; items: number | null; countedAt: string | null; error: string | null };
  dataset: DatasetInfo | null;
  checkpoint: MigrationCheckpoint | null;
  /** The DynamoDB table holds a complete migration of the current staging build. */
  migratedCurrentStaging: boolean;
  running: LookupJobKind | null;
  jobs: Record<LookupJobKind, LookupJobView | null>;
}

interface Cached<T> {
  value: T;
  at: string;
}

interface StatusCache {
  relational: Cached<RowCounts> | null;
  dynamodb: Cached<{ exists: boolean; items: number | null }> | null;
}

// Counting a million rows or scanning a million items is not free, so counts are kept until the
// data changes (a job ends) or the page asks for a recount.
const cache = () => processSingleton<StatusCache>('lookup-status-cache', () => ({ relational: null, dynamodb: null }));

export function invalidateLookupStatus(which: 'relational' | 'dynamodb' | 'all' = 'all'): void {
  const state = cache();
  if (which !== 'dynamodb') state.relational = null;
  if (which !== 'relational') state.dynamodb = null;
}

async function countDynamoItems(): Promise<{ exists: boolean; items: number | null }> {
  if (!(await purchaseTableExists())) return { exists: false, items: 0 };
  return { exists: true, items: await countPurchaseItems() };
}

export async function getLookupDataStatus(options: { recount?: boolean } = {}): Promise<LookupDataStatus> {
  const state = cache();
  if (options.recount) invalidateLookupStatus();
  const running = runningLookupJob();
  const store = await getPurchaseStore();
  const now = () => new Date().toISOString();

  const relational = { counts: state.relational?.value ?? null, countedAt: state.relational?.at ?? null, error: null as string | null };
  // While the tables are being rewritten a count would wait for the job's locks.
  if (!state.relational && running !== 'generate' && running !== 'staging') {
    try {
      state.relational = { value: await store.countRows(), at: now() };
      Object.assign(relational, { counts: state.relational.value, countedAt: state.relational.at });
    } catch (error) {
      relational.error = describeError(error);
    }
  }

  const dynamodb = {
    exists: state.dynamodb?.value.exists ?? null,
    items: state.dynamodb?.value.items ?? null,
    countedAt: state.dynamodb?.at ?? null,
    error: null as string | null,
  };
  if (!state.dynamodb && running !== 'migrate') {
    try {
      state.dynamodb = { value: await countDynamoItems(), at: now() };
      Object.assign(dynamodb, { ...state.dynamodb.value, countedAt: state.dynamodb.at });
    } catch (error) {
      dynamodb.error = describeError(error);
    }
  }

  let dataset: DatasetInfo | null = null;
  let checkpoint: MigrationCheckpoint | null = null;
  if (running !== 'generate') {
    [dataset, checkpoint] = await Promise.all([store.readDatasetInfo(), store.readCheckpoint()]);
  }
  return {
    engine: store.engine,
    table: purchaseTableName(),
    relational,
    dynamodb,
    dataset,
    checkpoint,
    migratedCurrentStaging: Boolean(dataset?.stagingBuildId && checkpoint?.completed && checkpoint.stagingBuildId === dataset.stagingBuildId),
    running,
    jobs: listLookupJobs(),
  };
}
