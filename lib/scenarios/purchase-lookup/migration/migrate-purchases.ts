import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { invalidateLookupStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import { BATCH_WRITE_LIMIT, itemFromStaging, purchaseTableExists, recreatePurchaseTable, writePurchaseBatch } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import type { JobHooks } from '@/lib/scenarios/purchase-lookup/jobs/job-hooks';
import { validateMigration, type ValidationReport } from '@/lib/scenarios/purchase-lookup/migration/validate-migration';
import { Watermark } from '@/lib/scenarios/purchase-lookup/migration/watermark';
import type { PurchaseKey, StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import { invalidatePurchaseKeySample } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import type { MigrationCheckpoint, PurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-store';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

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

type Report = NonNullable<JobHooks['onProgress']>;

interface MigrationStart {
  buildId: string;
  rowsTotal: number;
  /** Where this run starts: the checkpoint it resumes, or a fresh one after recreating the table. */
  start: MigrationCheckpoint;
  resumed: boolean;
}

/** Step 1: the staging build to migrate, and whether its checkpoint can be resumed (else the table is recreated). */
async function openCheckpoint(store: PurchaseStore, mode: MigrateOptions['mode'], report: Report): Promise<MigrationStart> {
  const dataset = await store.readDatasetInfo();
  if (!dataset?.stagingBuildId) throw new AppError('conflict', 'There is no staging table yet: build staging first.');
  const buildId = dataset.stagingBuildId;
  const rowsTotal = (await store.countRows()).staging;
  const checkpoint = await store.readCheckpoint();
  const resumed =
    mode !== 'restart' && checkpoint !== null && checkpoint.stagingBuildId === buildId && checkpoint.totalRows === rowsTotal && (await purchaseTableExists());
  if (resumed && checkpoint) return { buildId, rowsTotal, start: checkpoint, resumed };
  report({ phase: `Recreating DynamoDB table`, done: 0, total: rowsTotal, unit: 'rows' });
  invalidateLookupStatus('dynamodb');
  await recreatePurchaseTable();
  const start = { stagingBuildId: buildId, after: null, rowsDone: 0, totalRows: rowsTotal, completed: false, updatedAt: new Date().toISOString() };
  await store.writeCheckpoint(start);
  return { buildId, rowsTotal, start, resumed: false };
}

/** Step 2's bookkeeping: the watermark written to the checkpoint every few seconds while items are written. */
function checkpointEvery(store: PurchaseStore, start: MigrationCheckpoint, watermark: Watermark<PurchaseKey>, everyMs: number) {
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
  }, everyMs);
  return {
    save,
    /** A periodic save that failed: the write loop stops on it. */
    failure: () => failure,
    async stop() {
      clearInterval(timer);
      await saving;
    },
  };
}

interface WriteTally {
  rowsWritten: number;
  batches: number;
  retries: number;
  writeMs: number;
  stoppedEarly: boolean;
}

/**
 * Step 2: every staging row after the checkpoint as a DynamoDB item, BatchWriteItem 25 at a time
 * with `concurrency` calls in flight. The checkpoint only moves past rows that are all written
 * (the watermark), so a run that stops anywhere resumes without losing or repeating a row.
 */
async function writeItems(store: PurchaseStore, migration: MigrationStart, options: MigrateOptions, hooks: JobHooks, concurrency: number): Promise<WriteTally> {
  const { start, rowsTotal } = migration;
  const report: Report = hooks.onProgress ?? (() => undefined);
  const tally: WriteTally = { rowsWritten: 0, batches: 0, retries: 0, writeMs: 0, stoppedEarly: false };
  report({ phase: migration.resumed ? 'Resuming from checkpoint' : 'Writing items', done: start.rowsDone, total: rowsTotal, unit: 'rows' });
  const watermark = new Watermark<PurchaseKey>(start.after, start.rowsDone);
  const checkpoints = checkpointEvery(store, start, watermark, options.checkpointEveryMs ?? 1_000);
  let failure: unknown = null;
  const inFlight = new Set<Promise<void>>();
  const writeStarted = performance.now();
  let issued = 0;
  try {
    outer: for await (const page of stagingPages(store, start.after, options.pageSize ?? DEFAULT_PAGE_SIZE)) {
      for (let offset = 0; offset < page.length; offset += BATCH_WRITE_LIMIT) {
        while (inFlight.size >= concurrency) await Promise.race(inFlight);
        failure ??= checkpoints.failure();
        if (failure !== null || hooks.signal?.aborted || (options.stopAfterRows !== undefined && issued >= options.stopAfterRows)) {
          tally.stoppedEarly = failure === null;
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
              tally.rowsWritten += rows.length;
              tally.batches += 1;
              tally.retries += outcome.attempts - 1;
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
    tally.writeMs = performance.now() - writeStarted;
    await checkpoints.stop();
  }
  failure ??= checkpoints.failure();
  await checkpoints.save(failure === null && !tally.stoppedEarly);
  invalidateLookupStatus('dynamodb');
  invalidatePurchaseKeySample();
  if (failure !== null) {
    const reason = failure instanceof Error ? failure.message : String(failure);
    throw new Error(`Migration stopped after ${watermark.rowsDone.toLocaleString('en-US')} of ${rowsTotal.toLocaleString('en-US')} rows (checkpoint saved; Migrate resumes): ${reason}`);
  }
  report({ done: watermark.rowsDone });
  return tally;
}

/**
 * Moves PURCHASE_DYNAMODB_FORMAT into DynamoDB as the workshop's DMS task does: one item per
 * staging row, BatchWriteItem 25 at a time with bounded parallelism, a checkpoint in the relational
 * database so an interrupted run resumes where it stopped, then a DMS-style validation.
 */
export async function migratePurchases(options: MigrateOptions = {}, hooks: JobHooks = {}): Promise<MigrationResult> {
  const runStarted = performance.now();
  const concurrency = Math.max(1, Math.min(64, options.concurrency ?? DEFAULT_CONCURRENCY));
  const report: Report = hooks.onProgress ?? (() => undefined);
  const store = await getPurchaseStore();

  const migration = await openCheckpoint(store, options.mode, report);
  const { start, rowsTotal } = migration;
  const tally = start.completed ? { rowsWritten: 0, batches: 0, retries: 0, writeMs: 0, stoppedEarly: false } : await writeItems(store, migration, options, hooks, concurrency);

  const result: MigrationResult = {
    status: tally.stoppedEarly ? 'interrupted' : 'completed',
    resumed: migration.resumed,
    alreadyComplete: start.completed,
    rowsTotal,
    rowsSkipped: start.rowsDone,
    rowsWritten: tally.rowsWritten,
    rowsDone: start.rowsDone + tally.rowsWritten,
    batches: tally.batches,
    retries: tally.retries,
    concurrency,
    ms: Math.round(tally.writeMs),
    rowsPerSecond: tally.writeMs > 0 ? Math.round((tally.rowsWritten * 1000) / tally.writeMs) : 0,
    totalMs: 0,
    validation: null,
  };
  // Step 3: the DMS-style validation, unless the run stopped early.
  if (!tally.stoppedEarly) {
    report({ phase: 'Validating (counts and a sample compared field by field)' });
    result.validation = await validateMigration(store, { sampleSize: options.sampleSize ?? 500 });
  }
  result.totalMs = Math.round(performance.now() - runStarted);
  report({ phase: tally.stoppedEarly ? 'Interrupted (checkpoint saved)' : result.validation?.passed ? 'Validation passed' : 'Validation found differences' });
  return result;
}
