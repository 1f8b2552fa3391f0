import 'server-only';
import oracledb from 'oracledb';
import { randomUUID } from 'node:crypto';
import { inOracleTransaction, withOracleConnection } from '@/lib/db/oracle/connection';
import { isOracleError, ORA } from '@/lib/db/oracle/oracle-errors';
import { getOraclePool } from '@/lib/db/oracle/pool';
import { queryRows, rowsOf } from '@/lib/db/oracle/rows';
import { identifier, inBatches } from '@/lib/db/oracle/sql-text';
import { shuffleInPlace } from '@/lib/random';
import { candidateIds, checkpointBinds, customerLinesBinds, datasetBinds, idRanges, loadBatches, loadSpecs, pivotBinds, purchaseLinesBinds, stagingKeyBinds, stagingPageStatement } from '@/lib/scenarios/purchase-lookup/oracle/binds';
import { asNumber, checkpointFromOracle, datasetInfoFromOracle, joinedLineFromOracle, purchaseKeyFromOracle, rowCountsFromOracle, stagingRowFromOracle } from '@/lib/scenarios/purchase-lookup/oracle/row-mappers';
import { CLEAR_SWAP_MARKER, CREATE_SCHEMA_LOCK, createTableSql, IN_LIST_MAX, keyDdl, LIST_TABLES, LOAD_SWAP_TABLE, LOOKUP_TABLES, NEW_SUFFIX, newLoadTag, READ_SWAP_MARKER, SCHEMA_LOCK_TABLE, SEED_SCHEMA_LOCK, STAGING_CHUNK_PURCHASES, STAGING_KEYS_PER_STATEMENT, STAGING_TABLE, supportTableDdl, tableOf, TAKE_SCHEMA_LOCK, WRITE_SWAP_MARKER } from '@/lib/scenarios/purchase-lookup/oracle/schema';
import { ALL_PURCHASE_KEYS, COUNT_ROWS, EMPTY_CHECKPOINT, EMPTY_STAGING, FIND_CUSTOMER_LINES, FIND_PURCHASE_LINES, GATHER_STATS, MARK_STAGING_BUILT, PIVOT_INSERT, PURCHASE_ID_RANGE, PURCHASE_RANGE, purchaseKeysByIdsSql, READ_CHECKPOINT, READ_DATASET, RECORD_DATASET, stagingRowsByKeysSql, WRITE_CHECKPOINT } from '@/lib/scenarios/purchase-lookup/oracle/statements';
import { planRecovery, planSwap } from '@/lib/scenarios/purchase-lookup/oracle/swap-plan';
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
 *    transaction as the PostgreSQL adapter does. It builds the new data set beside the live one
 *    (tables CUSTOMER_NEW ...), then swaps names, with a marker row that makes an interrupted
 *    swap roll back to the previous tables (see replaceDataset and planRecovery).
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

/** CREATE TABLE that tolerates a concurrent creator (ORA-00955). */
async function createTable(connection: oracledb.Connection, ddl: string): Promise<void> {
  try {
    await connection.execute(ddl);
  } catch (error) {
    if (!isOracleError(error, ORA.nameInUse)) throw error;
  }
}

/**
 * Serialises schema changes between processes (the app, a bench script, a test). The lock is a
 * row lock held by a second connection: DDL commits, and a commit would release any lock the
 * working session itself held.
 */
async function withSchemaLock<T>(work: (connection: oracledb.Connection) => Promise<T>): Promise<T> {
  const pool = await getOraclePool();
  const lock = await pool.getConnection();
  try {
    if (!(await existingTables(lock)).has(SCHEMA_LOCK_TABLE)) await createTable(lock, CREATE_SCHEMA_LOCK);
    try {
      await lock.execute(SEED_SCHEMA_LOCK, {}, { autoCommit: true });
    } catch (error) {
      if (!isOracleError(error, ORA.uniqueViolated)) throw error;
    }
    await lock.execute(TAKE_SCHEMA_LOCK);
    return await withOracleConnection(work);
  } finally {
    await lock.rollback().catch(() => undefined);
    await lock.close().catch(() => undefined);
  }
}

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
  // A fresh schema gets empty tables with their keys, so lookups answer 404 instead of failing.
  if (LOOKUP_TABLES.every((table) => !existing.has(table))) {
    for (const table of LOOKUP_TABLES) await createTable(connection, createTableSql(table));
    for (const ddl of keyDdl('', newLoadTag())) await connection.execute(ddl);
  }
  for (const [name, ddl] of Object.entries(supportTableDdl)) {
    if (!existing.has(name)) await createTable(connection, ddl);
  }
}

async function gatherStats(connection: oracledb.Connection, tableName: string): Promise<void> {
  await connection.execute(GATHER_STATS, { tableName: identifier(tableName) });
}

export class OraclePurchaseStore implements PurchaseStore {
  readonly engine = 'oracle' as const;

  async ensureSchema(): Promise<void> {
    await withSchemaLock(ensureTables);
  }

  /**
   * Atomic as seen by the app although Oracle's DDL commits on its own:
   *  1. the new data set is loaded into CUSTOMER_NEW ... PURCHASE_NEW (executeMany, array binds,
   *     LOAD_BATCH_ROWS a call, committed per batch: nobody reads these tables yet), with its keys,
   *     indexes and statistics; any failure here drops them and the live tables never changed;
   *  2. a marker row is committed, the live tables are renamed to _OLD and the new ones to the
   *     live names;
   *  3. one transaction empties the staging table and the checkpoint, records the data set and
   *     deletes the marker: the commit point;
   *  4. the _OLD tables are dropped.
   * A failure (or a crash) between 2 and 3 leaves the marker, and recovery (here on failure, and
   * in every ensureSchema) renames the _OLD tables back: the previous data set, staging and
   * checkpoint are in place. Readers see ORA-00942 for the milliseconds of the renames.
   */
  async replaceDataset(source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    await withSchemaLock(async (connection) => {
      try {
        await this.loadAndSwap(connection, source, onProgress, signal);
      } catch (error) {
        await recoverInterruptedLoad(connection).catch(() => undefined);
        throw error;
      }
    });
  }

  private async loadAndSwap(connection: oracledb.Connection, source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    onProgress({ phase: 'schema', rowsLoaded: 0 });
    await ensureTables(connection);
    for (const table of LOOKUP_TABLES) await connection.execute(createTableSql(table, NEW_SUFFIX));

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
    for (const ddl of keyDdl(NEW_SUFFIX, newLoadTag())) await connection.execute(ddl);
    // Fresh statistics so the optimizer uses the indexes for the lookups straight away.
    for (const table of LOOKUP_TABLES) await gatherStats(connection, table + NEW_SUFFIX);
    throwIfAborted(signal);

    const existing = await existingTables(connection);
    for (const step of planSwap(existing)) {
      switch (step.step) {
        case 'mark':
          await connection.execute(WRITE_SWAP_MARKER, { tag: newLoadTag() }, { autoCommit: true });
          break;
        case 'rename':
          await connection.execute(step.sql);
          break;
        case 'commit':
          await connection.execute(EMPTY_STAGING);
          await connection.execute(EMPTY_CHECKPOINT);
          await connection.execute(RECORD_DATASET, datasetBinds(source));
          await connection.execute(CLEAR_SWAP_MARKER);
          await connection.commit();
          break;
        case 'cleanup':
          // Past the commit point the new data set is in place whatever happens next.
          await connection.execute(step.sql).catch(() => undefined);
          break;
      }
    }
  }

  async buildStaging(onProgress: (purchasesDone: number, purchasesTotal: number) => void, signal?: AbortSignal): Promise<StagingBuild> {
    const buildId = randomUUID();
    // One transaction, as in PostgreSQL: DELETE, not TRUNCATE (which would commit at once), so a
    // failed build leaves the previous staging rows and build id in place.
    const rows = await inOracleTransaction(async (connection) => {
      const [range] = await rowsOf(connection, PURCHASE_RANGE);
      const min = range?.MIN_ID === null || range?.MIN_ID === undefined ? null : asNumber(range.MIN_ID);
      const max = range?.MAX_ID === null || range?.MAX_ID === undefined ? null : asNumber(range.MAX_ID);
      const total = asNumber(range?.PURCHASES ?? 0);
      await connection.execute(EMPTY_STAGING);
      onProgress(0, total);
      let inserted = 0;
      if (min !== null && max !== null) {
        for (const [fromId, toId] of idRanges(min, max, STAGING_CHUNK_PURCHASES)) {
          throwIfAborted(signal);
          const result = await connection.execute(PIVOT_INSERT, pivotBinds(fromId, toId));
          inserted += result.rowsAffected ?? 0;
          onProgress(inserted, total);
        }
      }
      await connection.execute(MARK_STAGING_BUILT, { buildId });
      await connection.execute(EMPTY_CHECKPOINT);
      await connection.commit();
      return inserted;
    });
    await withOracleConnection((connection) => gatherStats(connection, STAGING_TABLE));
    return { buildId, rows };
  }

  async countRows(): Promise<RowCounts> {
    const [row] = await queryRows(COUNT_ROWS);
    return rowCountsFromOracle(row ?? {});
  }

  async readDatasetInfo(): Promise<DatasetInfo | null> {
    const [row] = await queryRows(READ_DATASET);
    return datasetInfoFromOracle(row);
  }

  async findPurchaseLines(key: PurchaseKey): Promise<JoinedLine[]> {
    const rows = await queryRows(FIND_PURCHASE_LINES, purchaseLinesBinds(key));
    return rows.map(joinedLineFromOracle);
  }

  async findCustomerPurchaseLines(customerId: string): Promise<JoinedLine[]> {
    const rows = await queryRows(FIND_CUSTOMER_LINES, customerLinesBinds(customerId));
    return rows.map(joinedLineFromOracle);
  }

  async findStagingRows(keys: readonly PurchaseKey[]): Promise<StagingRow[]> {
    if (keys.length === 0) return [];
    return withOracleConnection(async (connection) => {
      const found: StagingRow[] = [];
      for (const chunk of inBatches(keys, STAGING_KEYS_PER_STATEMENT)) {
        const rows = await rowsOf(connection, stagingRowsByKeysSql(chunk.length), stagingKeyBinds(chunk));
        found.push(...rows.map(stagingRowFromOracle));
      }
      return found;
    });
  }

  async readStagingPage(after: PurchaseKey | null, limit: number): Promise<StagingRow[]> {
    const { sql, binds } = stagingPageStatement(after, limit);
    return (await queryRows(sql, binds)).map(stagingRowFromOracle);
  }

  async samplePurchaseKeys(count: number): Promise<PurchaseKey[]> {
    const wanted = Math.max(0, Math.floor(count));
    if (wanted === 0) return [];
    const keys = await withOracleConnection(async (connection) => {
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
    });
    shuffleInPlace(keys);
    return keys.slice(0, wanted);
  }

  async readCheckpoint(): Promise<MigrationCheckpoint | null> {
    const [row] = await queryRows(READ_CHECKPOINT);
    return checkpointFromOracle(row);
  }

  async writeCheckpoint(checkpoint: MigrationCheckpoint): Promise<void> {
    await withOracleConnection(async (connection) => {
      await connection.execute(WRITE_CHECKPOINT, checkpointBinds(checkpoint), { autoCommit: true });
    });
  }
}
