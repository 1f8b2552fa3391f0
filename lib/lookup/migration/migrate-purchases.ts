import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { invalidateLookupStatus, recordDynamoDbCount } from '@/lib/lookup/data-status';
import { BATCH_WRITE_LIMIT, itemFromStaging, purchaseTableExists, recreatePurchaseTable, writePurchaseBatch } from '@/lib/lookup/dynamodb-purchases';
import type { JobHooks } from '@/lib/lookup/jobs/job-hooks';
import { validateMigration, type ValidationReport } from '@/lib/lookup/migration/validate-migration';
import { Watermark } from '@/lib/lookup/migration/watermark';
import type { PurchaseKey, StagingRow } from '@/lib/lookup/purchase';
import { invalidatePurchaseKeySample } from '@/lib/lookup/purchase-keys';
import { getPurchaseStore, type MigrationCheckpoint, type PurchaseStore } from '@/lib/lookup/relational-store';

export interface MigrateOptions {
  /**
   * 'resume' (default) continues the checkpoint of the current staging build, or starts afresh
   * when there is none; 'restart' always drops and recreates the table first.
   */
  mode?: 'resume' | 'restart';
  /** BatchWriteItem calls in flight at once. */
  concurrency?: number;
  /** Staging rows read per keyset page. */
  pageSize?: number;
  /** Items compared field by field in the validation. */
  sampleSize?: number;
  checkpointEveryMs?: number;
  /** Stop after this many rows are written in this run (tests of an interrupted migration). */
  stopAfterRows?: number;
}

export interface MigrationResult {
  status: 'completed' | 'interrupted';
  /** This run continued an earlier checkpoint. */
  resumed: boolean;
  /** The checkpoint already covered every row: nothing was written. */
  alreadyComplete: boolean;
  rowsTotal: number;
  /** Rows the checkpoint already covered when this run started. */
  rowsSkipped: number;
  rowsWritten: number;
  rowsDone: number;
  batches: number;
  retries: number;
  concurrency: number;
  /** Writing time only (table preparation and validation excluded). */
  ms: number;
  rowsPerSecond: number;
  totalMs: number;
  validation: ValidationReport | null;
}

export const DEFAULT_CONCURRENCY = 16;
const DEFAULT_PAGE_SIZE = 1_000;

/** Keyset pages of the staging table, each one fetched while the previous is being written. */
async function* stagingPages(store: PurchaseStore, after: PurchaseKey | null, pageSize: number): AsyncGenerator<StagingRow[]> {
  let cursor = after;
  let next = store.readStagingPage(cursor, pageSize);
  for (;;) {
    const page = await next;
    if (page.length === 0) return;
    const last = page[page.length - 1]!;
    cursor = { customerId: last.CUSTOMER_ID, purchaseId: last.PURCHASE_ID };
    next = page.length < pageSize ? Promise.resolve([]) : store.readStagingPage(cursor, pageSize);
    // A page that is never consumed (the run stopped) must not surface as an unhandled rejection.
    next.catch(() => undefined);
    yield page;
  }
}

/**
 * Moves PURCHASE_DYNAMODB_FORMAT into DynamoDB as the workshop's DMS task does: one item per
 * staging row, BatchWriteItem 25 at a time with bounded parallelism, a checkpoint in the relational
 * database so an interrupted run resumes where it stopped, then a DMS-style validation.
 */
export async function migratePurchases(options: MigrateOptions = {}, hooks: JobHooks = {}): Promise<MigrationResult> {
  const runStarted = performance.now();
  const concurrency = Math.max(1, Math.min(64, options.concurrency ?? DEFAULT_CONCURRENCY));
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const report = hooks.onProgress ?? (() => undefined);
  const store = await getPurchaseStore();

  const dataset = await store.readDatasetInfo();
  if (!dataset?.stagingBuildId) throw new AppError('conflict', 'There is no staging table yet: build staging first.');
  const buildId = dataset.stagingBuildId;
  const rowsTotal = (await store.countRows()).staging;

  let checkpoint = await store.readCheckpoint();
  const resumable =
    options.mode !== 'restart' && checkpoint !== null && checkpoint.stagingBuildId === buildId && checkpoint.totalRows === rowsTotal && (await purchaseTableExists());
  if (!resumable || !checkpoint) {
    report({ phase: `Recreating DynamoDB table`, done: 0, total: rowsTotal, unit: 'rows' });
    invalidateLookupStatus('dynamodb');
    await recreatePurchaseTable();
    checkpoint = { stagingBuildId: buildId, after: null, rowsDone: 0, totalRows: rowsTotal, completed: false, updatedAt: new Date().toISOString() };
    await store.writeCheckpoint(checkpoint);
  }
  const start: MigrationCheckpoint = checkpoint;
  const rowsSkipped = start.rowsDone;

  let rowsWritten = 0;
  let batches = 0;
  let retries = 0;
  let writeMs = 0;
  let stoppedEarly = false;

  if (!start.completed) {
    report({ phase: resumable ? 'Resuming from checkpoint' : 'Writing items', done: start.rowsDone, total: rowsTotal, unit: 'rows' });
    const watermark = new Watermark<PurchaseKey>(start.after, start.rowsDone);
    const save = (completed: boolean) =>
      store.writeCheckpoint({ ...start, after: watermark.key, rowsDone: watermark.rowsDone, completed, updatedAt: new Date().toISOString() });
    let saving: Promise<void> | null = null;
    let failure: unknown = null;
    const timer = setInterval(() => {
      if (saving || watermark.rowsDone === start.rowsDone) return;
      saving = save(false)
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => {
          saving = null;
        });
    }, options.checkpointEveryMs ?? 1_000);

    const inFlight = new Set<Promise<void>>();
    const writeStarted = performance.now();
    let issued = 0;
    try {
      outer: for await (const page of stagingPages(store, start.after, pageSize)) {
        for (let offset = 0; offset < page.length; offset += BATCH_WRITE_LIMIT) {
          while (inFlight.size >= concurrency) await Promise.race(inFlight);
          if (failure !== null || hooks.signal?.aborted || (options.stopAfterRows !== undefined && issued >= options.stopAfterRows)) {
            stoppedEarly = failure === null;
            break outer;
          }
          const rows = page.slice(offset, offset + BATCH_WRITE_LIMIT);
          const last = rows[rows.length - 1]!;
          const seq = watermark.begin({ customerId: last.CUSTOMER_ID, purchaseId: last.PURCHASE_ID }, rows.length);
          issued += rows.length;
          const task: Promise<void> = writePurchaseBatch(rows.map((row) => ({ PutRequest: { Item: itemFromStaging(row) } })))
            .then(
              (outcome) => {
                watermark.complete(seq);
                rowsWritten += rows.length;
                batches += 1;
                retries += outcome.attempts - 1;
                report({ done: watermark.rowsDone + watermark.rowsAheadOfWatermark });
              },
              (error: unknown) => {
                failure ??= error;
              },
            )
            .finally(() => inFlight.delete(task));
          inFlight.add(task);
        }
      }
    } catch (error) {
      failure ??= error;
    } finally {
      await Promise.all(inFlight);
      writeMs = performance.now() - writeStarted;
      clearInterval(timer);
      await saving;
    }
    const completed = failure === null && !stoppedEarly;
    await save(completed);
    invalidateLookupStatus('dynamodb');
    invalidatePurchaseKeySample();
    if (failure !== null) {
      const reason = failure instanceof Error ? failure.message : String(failure);
      throw new Error(`Migration stopped after ${watermark.rowsDone.toLocaleString('en-US')} of ${rowsTotal.toLocaleString('en-US')} rows (checkpoint saved; Migrate resumes): ${reason}`);
    }
    report({ done: watermark.rowsDone });
  }

  const result: MigrationResult = {
    status: stoppedEarly ? 'interrupted' : 'completed',
    resumed: resumable,
    alreadyComplete: start.completed,
    rowsTotal,
    rowsSkipped,
    rowsWritten,
    rowsDone: rowsSkipped + rowsWritten,
    batches,
    retries,
    concurrency,
    ms: Math.round(writeMs),
    rowsPerSecond: writeMs > 0 ? Math.round((rowsWritten * 1000) / writeMs) : 0,
    totalMs: 0,
    validation: null,
  };
  if (!stoppedEarly) {
    report({ phase: 'Validating (counts and a sample compared field by field)' });
    result.validation = await validateMigration(store, { sampleSize: options.sampleSize ?? 500 });
    recordDynamoDbCount(result.validation.targetCount);
  }
  result.totalMs = Math.round(performance.now() - runStarted);
  report({ phase: stoppedEarly ? 'Interrupted (checkpoint saved)' : result.validation?.passed ? 'Validation passed' : 'Validation found differences' });
  return result;
}
