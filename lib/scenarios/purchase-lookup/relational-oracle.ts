import 'server-only';
import { randomUUID } from 'node:crypto';
import oracledb from 'oracledb';
import { withOracleConnection } from '@/lib/db/oracle/connection';
import { BUSY_ORA, busyConflict, isOracleError, ORA } from '@/lib/db/oracle/oracle-errors';
import { getOraclePool } from '@/lib/db/oracle/pool';
import { retryOnceOn } from '@/lib/db/oracle/retry-once';
import { queryRows, rowsOf } from '@/lib/db/oracle/rows';
import { identifier, inBatches } from '@/lib/db/oracle/sql-text';
import { AppError } from '@/lib/http/app-error';
import { shuffleInPlace } from '@/lib/random';
import { candidateIds, checkpointBinds, customerLinesBinds, datasetBinds, idRanges, loadBatches, loadSpecs, pivotBinds, purchaseLinesBinds, stagingKeyBinds, stagingPageStatement } from '@/lib/scenarios/purchase-lookup/oracle/binds';
import { asNumber, checkpointFromOracle, datasetInfoFromOracle, joinedLineFromOracle, purchaseKeyFromOracle, rowCountsFromOracle, stagingRowFromOracle } from '@/lib/scenarios/purchase-lookup/oracle/row-mappers';
import {
  CHECKPOINT_TABLE,
  CLEAR_SWAP_MARKER,
  CREATE_SCHEMA_LOCK,
  createDatasetSql,
  createStagingSql,
  createTableSql,
  DATASET_TABLE,
  IN_LIST_MAX,
  keyDdl,
  LIST_TABLES,
  LOAD_SWAP_TABLE,
  LOOKUP_TABLES,
  NEW_SUFFIX,
  newLoadTag,
  READ_SWAP_MARKER,
  RELOAD_LOCK_WAIT_S,
  RELOAD_SWAP_TABLES,
  SCHEMA_LOCK_TABLE,
  SCHEMA_LOCK_WAIT_S,
  SEED_SCHEMA_LOCK,
  STAGING_CHUNK_PURCHASES,
  STAGING_KEYS_PER_STATEMENT,
  STAGING_SWAP_TABLES,
  STAGING_TABLE,
  stagingKeySql,
  supportTableDdl,
  SWAP_RETRY_DELAY_MS,
  tableOf,
  takeSchemaLockSql,
  WRITE_SWAP_MARKER,
} from '@/lib/scenarios/purchase-lookup/oracle/schema';
import {
  ALL_PURCHASE_KEYS,
  COUNT_ROWS,
  FIND_CUSTOMER_LINES,
  FIND_PURCHASE_LINES,
  GATHER_STATS,
  pivotInsertSql,
  PURCHASE_ID_RANGE,
  PURCHASE_RANGE,
  purchaseKeysByIdsSql,
  READ_CHECKPOINT,
  READ_DATASET,
  RECORD_NEW_DATASET,
  stagingRowsByKeysSql,
  WRITE_CHECKPOINT,
} from '@/lib/scenarios/purchase-lookup/oracle/statements';
import { planRecovery, planSwap, RELOAD_COMMIT, stagingCommit, type SwapStep } from '@/lib/scenarios/purchase-lookup/oracle/swap-plan';
import type { JoinedLine, PurchaseKey, StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import type { DatasetInfo, DatasetSource, LoadProgress, LoadTable, MigrationCheckpoint, PurchaseStore, RowCounts, StagingBuild } from '@/lib/scenarios/purchase-lookup/relational-store';

/*
 * Oracle dialect of the purchase lookup (the workshop's own engine): the store. Its parts are in
 * oracle/: the tables and DDL (schema.ts), the swap planner (swap-plan.ts), the statements
 * (statements.ts), their binds (binds.ts) and the row mappers (row-mappers.ts). Every statement is
 * a constant or built by a pure function from constants, so the unit tests read exactly what the
 * driver is sent; values only ever travel as bind variables.
 *
 * Two Oracle facts shape it:
 *  - DDL commits on its own. A reload therefore cannot drop and recreate the tables inside one
 *    transaction. It builds the new data set beside the live one (tables CUSTOMER_NEW ..., an
 *    empty staging table and the data set's row included), then swaps names, with a marker row
 *    that makes an interrupted swap roll back to the previous tables (see replaceDataset and
 *    planRecovery). A staging build does the same with the staging table alone. Readers see
 *    ORA-00942 (or ORA-08103) for the moment of the renames and retry once (readDuringSwap).
 *  - '' is NULL. The workshop's pivot writes `ELSE ''` for missing lines, which PostgreSQL keeps
 *    as an empty string and Oracle stores as NULL; rows are read back with NULL as '' so both
 *    engines hand the same strings to the migration (stagingRowFromOracle).
 */

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted');
}

async function existingTables(connection: oracledb.Connection): Promise<Set<string>> {
  const rows = await rowsOf(connection, LIST_TABLES);
  return new Set(rows.map((row) => String(row.TABLE_NAME)));
}

/** CREATE TABLE that tolerates a concurrent creator (ORA-00955); true when this call created it. */
async function createTable(connection: oracledb.Connection, ddl: string): Promise<boolean> {
  try {
    await connection.execute(ddl);
    return true;
  } catch (error) {
    if (!isOracleError(error, ORA.nameInUse)) throw error;
    return false;
  }
}

/**
 * A read that ran into a swap's renames (ORA-00942, or ORA-08103 when an `_OLD` table was
 * dropped under its fetch) is run once more a moment later; a second miss answers 503.
 */
export function readDuringSwap<T>(work: () => Promise<T>): Promise<T> {
  return retryOnceOn(work, {
    numbers: [ORA.tableMissing, ORA.objectGone],
    delayMs: SWAP_RETRY_DELAY_MS,
    giveUp: () => new AppError('unavailable', 'The purchase tables are being swapped for a new data set right now; try again in a moment.', { reason: 'reloading' }),
  });
}

/** What a reload or a staging build answers when another process holds the schema lock too long. */
const SCHEMA_BUSY_MESSAGE = `Another process is reloading the purchase tables or rebuilding the staging table (it holds ${SCHEMA_LOCK_TABLE}); try again when it has finished.`;

/**
 * Serialises schema changes between processes (the app, a bench script, a test). The lock is a
 * row lock held by a second connection: DDL commits, and a commit would release any lock the
 * working session itself held. It is waited for at most `waitSeconds`; then `onBusy` decides:
 * work without the lock, or fail.
 */
async function withSchemaLock<T>(waitSeconds: number, work: (connection: oracledb.Connection) => Promise<T>, onBusy: (error: unknown) => Promise<T>): Promise<T> {
  const pool = await getOraclePool();
  const lock = await pool.getConnection();
  try {
    if (!(await existingTables(lock)).has(SCHEMA_LOCK_TABLE)) await createTable(lock, CREATE_SCHEMA_LOCK);
    try {
      await lock.execute(SEED_SCHEMA_LOCK, {}, { autoCommit: true });
    } catch (error) {
      if (!isOracleError(error, ORA.uniqueViolated)) throw error;
    }
    try {
      await lock.execute(takeSchemaLockSql(waitSeconds));
    } catch (error) {
      if (!isOracleError(error, ...BUSY_ORA)) throw error;
      return await onBusy(error);
    }
    return await withOracleConnection(work);
  } finally {
    await lock.rollback().catch(() => undefined);
    await lock.close().catch(() => undefined);
  }
}

/** What a first lookup answers when another process holds the lock and the tables are not all there. */
const SCHEMA_NOT_READY_MESSAGE = `Another process is creating or reloading the purchase tables (it holds ${SCHEMA_LOCK_TABLE}) and they are not all in place yet; try again when it has finished.`;

const failBusy = (error: unknown): never => {
  throw busyConflict(SCHEMA_BUSY_MESSAGE, error);
};

/** Finishes or undoes whatever an interrupted reload left (planRecovery), then clears its marker. */
async function recoverInterruptedLoad(connection: oracledb.Connection): Promise<void> {
  // Uncommitted work on this session must never ride along with the DDL's implicit commit.
  await connection.rollback();
  const existing = await existingTables(connection);
  let swapping = false;
  if (existing.has(LOAD_SWAP_TABLE)) {
    const [marker] = await rowsOf(connection, READ_SWAP_MARKER);
    swapping = asNumber(marker?.SWAPPING) > 0;
  }
  for (const statement of planRecovery(existing, swapping)) await connection.execute(statement);
  if (swapping) await connection.execute(CLEAR_SWAP_MARKER, {}, { autoCommit: true });
}

async function ensureTables(connection: oracledb.Connection): Promise<void> {
  await recoverInterruptedLoad(connection);
  const existing = await existingTables(connection);
  const tag = newLoadTag();
  // A fresh schema gets empty tables with their keys, so lookups answer 404 instead of failing.
  if (LOOKUP_TABLES.every((table) => !existing.has(table))) {
    for (const table of LOOKUP_TABLES) await createTable(connection, createTableSql(table));
    for (const ddl of keyDdl('', tag)) await connection.execute(ddl);
  }
  for (const [name, ddls] of Object.entries(supportTableDdl(tag))) {
    if (existing.has(name)) continue;
    const [create, ...keys] = ddls;
    if (await createTable(connection, create!)) for (const ddl of keys) await connection.execute(ddl);
  }
}

async function gatherStats(connection: oracledb.Connection, tableName: string): Promise<void> {
  await connection.execute(GATHER_STATS, { tableName: identifier(tableName) });
}

/** Runs a planned swap: marker, renames, the one commit, cleanup. */
async function runSwap(connection: oracledb.Connection, steps: readonly SwapStep[]): Promise<void> {
  for (const step of steps) {
    switch (step.step) {
      case 'mark':
        await connection.execute(WRITE_SWAP_MARKER, { tag: newLoadTag() }, { autoCommit: true });
        break;
      case 'rename':
        await connection.execute(step.sql);
        break;
      case 'commit':
        for (const statement of step.statements) await connection.execute(statement.sql, statement.binds);
        await connection.commit();
        break;
      case 'cleanup':
        // Past the commit point the new tables are in place whatever happens next.
        await connection.execute(step.sql).catch(() => undefined);
        break;
    }
  }
}

/** Runs `work` under the schema lock; any failure undoes what it left half done. */
function changeSchema<T>(work: (connection: oracledb.Connection) => Promise<T>): Promise<T> {
  return withSchemaLock(
    RELOAD_LOCK_WAIT_S,
    async (connection) => {
      try {
        return await work(connection);
      } catch (error) {
        await recoverInterruptedLoad(connection).catch(() => undefined);
        throw error;
      }
    },
    failBusy,
  );
}

export class OraclePurchaseStore implements PurchaseStore {
  readonly engine = 'oracle' as const;

  /**
   * Recovers and creates tables under the schema lock. When another process holds it (a reload
   * running there), this process does not wait for the whole reload: if the live tables are all
   * there it serves them as they are (that reload recovers for itself), else it answers 503.
   */
  async ensureSchema(): Promise<void> {
    await withSchemaLock(SCHEMA_LOCK_WAIT_S, ensureTables, async () => {
      const existing = await withOracleConnection(existingTables);
      const needed = [...LOOKUP_TABLES, STAGING_TABLE, DATASET_TABLE, CHECKPOINT_TABLE];
      if (needed.every((table) => existing.has(table))) return;
      throw new AppError('unavailable', SCHEMA_NOT_READY_MESSAGE, { reason: 'reloading' });
    });
  }

  /**
   * Atomic as seen by the app although Oracle's DDL commits on its own:
   *  1. the new data set is loaded into CUSTOMER_NEW ... PURCHASE_NEW (executeMany, array binds,
   *     LOAD_BATCH_ROWS a call, committed per batch: nobody reads these tables yet), with its keys,
   *     indexes and statistics, beside an empty PURCHASE_DYNAMODB_FORMAT_NEW and a
   *     LOOKUP_DATASET_NEW holding the new seed; any failure here drops them and the live
   *     tables never changed;
   *  2. a marker row is committed, the live tables are renamed to _OLD and the new ones to the
   *     live names (the data set's row first, see RELOAD_SWAP_TABLES);
   *  3. one transaction empties the one-row checkpoint and deletes the marker: the commit point;
   *  4. the _OLD tables are dropped.
   * A failure (or a crash) between 2 and 3 leaves the marker, and recovery (here on failure, and
   * in every ensureSchema) renames the _OLD tables back: the previous data set, staging and
   * checkpoint are in place. Readers see ORA-00942 for the moment of the renames and retry.
   */
  async replaceDataset(source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    await changeSchema((connection) => this.loadAndSwap(connection, source, onProgress, signal));
  }

  private async loadAndSwap(connection: oracledb.Connection, source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    onProgress({ phase: 'schema', rowsLoaded: 0 });
    await ensureTables(connection);
    const tag = newLoadTag();
    for (const table of LOOKUP_TABLES) await connection.execute(createTableSql(table, NEW_SUFFIX));
    await connection.execute(createStagingSql(NEW_SUFFIX));
    await connection.execute(stagingKeySql(NEW_SUFFIX, tag));
    await connection.execute(createDatasetSql(NEW_SUFFIX, tag));
    await connection.execute(RECORD_NEW_DATASET, datasetBinds(source), { autoCommit: true });

    let rowsLoaded = 0;
    const load = async (table: LoadTable, chunks: Iterable<readonly (readonly (string | number)[])[]>) => {
      const spec = loadSpecs[table];
      const sql = spec.sql(tableOf[table] + NEW_SUFFIX);
      onProgress({ phase: table, rowsLoaded });
      for (const chunk of chunks) {
        for (const batch of loadBatches(chunk)) {
          throwIfAborted(signal);
          await connection.executeMany(sql, batch as unknown as oracledb.BindParameters[], { bindDefs: spec.bindDefs, autoCommit: true });
          rowsLoaded += batch.length;
          onProgress({ phase: table, rowsLoaded });
        }
      }
    };
    await load('customer', source.customers());
    await load('seller', source.sellers());
    await load('product', source.products());
    await load('purchase', source.purchaseLines());

    throwIfAborted(signal);
    onProgress({ phase: 'indexes', rowsLoaded });
    for (const ddl of keyDdl(NEW_SUFFIX, tag)) await connection.execute(ddl);
    // Fresh statistics so the optimizer uses the indexes for the lookups straight away.
    for (const table of LOOKUP_TABLES) await gatherStats(connection, table + NEW_SUFFIX);
    throwIfAborted(signal);

    await runSwap(connection, planSwap(await existingTables(connection), RELOAD_SWAP_TABLES, RELOAD_COMMIT));
  }

  /**
   * The pivot into PURCHASE_DYNAMODB_FORMAT_NEW (each range committed: nobody reads that table
   * yet, and no undo grows with the data set), its key and statistics, then the same swap as a
   * reload for the staging table alone; the build's id and the emptied checkpoint are its
   * commit. A failure drops the new table: the previous staging rows and build id stay.
   */
  async buildStaging(onProgress: (purchasesDone: number, purchasesTotal: number) => void, signal?: AbortSignal): Promise<StagingBuild> {
    const buildId = randomUUID();
    const rows = await changeSchema(async (connection) => {
      await recoverInterruptedLoad(connection);
      const staging = STAGING_TABLE + NEW_SUFFIX;
      await connection.execute(createStagingSql(NEW_SUFFIX));
      const [range] = await rowsOf(connection, PURCHASE_RANGE);
      const min = range?.MIN_ID === null || range?.MIN_ID === undefined ? null : asNumber(range.MIN_ID);
      const max = range?.MAX_ID === null || range?.MAX_ID === undefined ? null : asNumber(range.MAX_ID);
      const total = asNumber(range?.PURCHASES ?? 0);
      onProgress(0, total);
      let inserted = 0;
      if (min !== null && max !== null) {
        const pivot = pivotInsertSql(staging);
        for (const [fromId, toId] of idRanges(min, max, STAGING_CHUNK_PURCHASES)) {
          throwIfAborted(signal);
          const result = await connection.execute(pivot, pivotBinds(fromId, toId), { autoCommit: true });
          inserted += result.rowsAffected ?? 0;
          onProgress(inserted, total);
        }
      }
      throwIfAborted(signal);
      await connection.execute(stagingKeySql(NEW_SUFFIX, newLoadTag()));
      await gatherStats(connection, staging);
      await runSwap(connection, planSwap(await existingTables(connection), STAGING_SWAP_TABLES, stagingCommit(buildId)));
      return inserted;
    });
    return { buildId, rows };
  }

  async countRows(): Promise<RowCounts> {
    const [row] = await readDuringSwap(() => queryRows(COUNT_ROWS));
    return rowCountsFromOracle(row ?? {});
  }

  async readDatasetInfo(): Promise<DatasetInfo | null> {
    const [row] = await readDuringSwap(() => queryRows(READ_DATASET));
    return datasetInfoFromOracle(row);
  }

  async findPurchaseLines(key: PurchaseKey): Promise<JoinedLine[]> {
    const rows = await readDuringSwap(() => queryRows(FIND_PURCHASE_LINES, purchaseLinesBinds(key)));
    return rows.map(joinedLineFromOracle);
  }

  async findCustomerPurchaseLines(customerId: string): Promise<JoinedLine[]> {
    const rows = await readDuringSwap(() => queryRows(FIND_CUSTOMER_LINES, customerLinesBinds(customerId)));
    return rows.map(joinedLineFromOracle);
  }

  async findStagingRows(keys: readonly PurchaseKey[]): Promise<StagingRow[]> {
    if (keys.length === 0) return [];
    return readDuringSwap(() =>
      withOracleConnection(async (connection) => {
        const found: StagingRow[] = [];
        for (const chunk of inBatches(keys, STAGING_KEYS_PER_STATEMENT)) {
          const rows = await rowsOf(connection, stagingRowsByKeysSql(chunk.length), stagingKeyBinds(chunk));
          found.push(...rows.map(stagingRowFromOracle));
        }
        return found;
      }),
    );
  }

  async readStagingPage(after: PurchaseKey | null, limit: number): Promise<StagingRow[]> {
    const { sql, binds } = stagingPageStatement(after, limit);
    return (await readDuringSwap(() => queryRows(sql, binds))).map(stagingRowFromOracle);
  }

  async samplePurchaseKeys(count: number): Promise<PurchaseKey[]> {
    const wanted = Math.max(0, Math.floor(count));
    if (wanted === 0) return [];
    const keys = await readDuringSwap(() =>
      withOracleConnection(async (connection) => {
        const [range] = await rowsOf(connection, PURCHASE_ID_RANGE);
        if (range?.MIN_ID === null || range?.MIN_ID === undefined || range.MAX_ID === null || range.MAX_ID === undefined) return [];
        const min = asNumber(range.MIN_ID);
        const max = asNumber(range.MAX_ID);
        if (wanted * 2 >= max - min + 1) return (await rowsOf(connection, ALL_PURCHASE_KEYS)).map(purchaseKeyFromOracle);
        // Random ids in the id range probe the primary key; far cheaper than ORDER BY DBMS_RANDOM.VALUE.
        const found: PurchaseKey[] = [];
        for (const ids of inBatches(candidateIds(min, max, wanted), IN_LIST_MAX)) {
          found.push(...(await rowsOf(connection, purchaseKeysByIdsSql(ids.length), ids)).map(purchaseKeyFromOracle));
        }
        return found;
      }),
    );
    return shuffleInPlace(keys).slice(0, wanted);
  }

  async readCheckpoint(): Promise<MigrationCheckpoint | null> {
    const [row] = await readDuringSwap(() => queryRows(READ_CHECKPOINT));
    return checkpointFromOracle(row);
  }

  async writeCheckpoint(checkpoint: MigrationCheckpoint): Promise<void> {
    await withOracleConnection(async (connection) => {
      await connection.execute(WRITE_CHECKPOINT, checkpointBinds(checkpoint), { autoCommit: true });
    });
  }
}
