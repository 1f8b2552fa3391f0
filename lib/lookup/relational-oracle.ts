import 'server-only';
import { randomUUID } from 'node:crypto';
import oracledb from 'oracledb';
import { withOracleConnection } from '@/lib/db/oracle/connection';
import { BUSY_ORA, busyConflict, isOracleError, ORA } from '@/lib/db/oracle/oracle-errors';
import { getOraclePool } from '@/lib/db/oracle/pool';
import { retryOnceOn } from '@/lib/db/oracle/retry-once';
import { assertIsoUtc, identifier, inBatches, isoTextOf, timestampFromIso } from '@/lib/db/oracle/sql-text';
import { AppError } from '@/lib/http/app-error';
import { stagingColumns, type JoinedLine, type PurchaseKey, type StagingRow } from '@/lib/lookup/purchase';
import type {
  DatasetInfo,
  DatasetSource,
  LoadProgress,
  LoadTable,
  MigrationCheckpoint,
  PurchaseStore,
  RowCounts,
  StagingBuild,
} from '@/lib/lookup/relational-store';

/*
 * Oracle dialect of the purchase lookup (the workshop's own engine). Every statement is an
 * exported constant or built by an exported pure function from constants, so the unit tests read
 * exactly what the driver is sent; values only ever travel as bind variables.
 *
 * Two Oracle facts shape it:
 *  - DDL commits on its own. A reload therefore cannot drop and recreate the tables inside one
 *    transaction. It builds the new data set beside the live one (tables CUSTOMER_NEW ...,
 *    an empty staging table and the data set's row included), then swaps names, with a marker
 *    row that makes an interrupted swap roll back to the previous tables (see replaceDataset
 *    and planRecovery). A staging build does the same with the staging table alone. Readers
 *    see ORA-00942 (or ORA-08103) for the moment of the renames and retry once (readDuringSwap).
 *  - '' is NULL. The workshop's pivot writes `ELSE ''` for missing lines, which PostgreSQL keeps
 *    as an empty string and Oracle stores as NULL; rows are read back with NULL as '' so both
 *    engines hand the same strings to the migration (stagingRowFromOracle).
 */

export const LOOKUP_TABLES = ['CUSTOMER', 'SELLER', 'PRODUCT', 'PURCHASE'] as const;
export type LookupTable = (typeof LOOKUP_TABLES)[number];

const tableOf: Record<LoadTable, LookupTable> = { customer: 'CUSTOMER', seller: 'SELLER', product: 'PRODUCT', purchase: 'PURCHASE' };

export const STAGING_TABLE = 'PURCHASE_DYNAMODB_FORMAT';
export const DATASET_TABLE = 'LOOKUP_DATASET';
export const CHECKPOINT_TABLE = 'LOOKUP_MIGRATION_CHECKPOINT';
/** One row, locked FOR UPDATE from a second connection while the schema changes (see withSchemaLock). */
export const SCHEMA_LOCK_TABLE = 'LOOKUP_SCHEMA_LOCK';
/** Holds a row only while a reload swaps table names: the marker of an unfinished swap. */
export const LOAD_SWAP_TABLE = 'LOOKUP_LOAD_SWAP';

/** Rows per executeMany call of the bulk load: one round trip each. */
export const LOAD_BATCH_ROWS = 5_000;
/** Purchases pivoted per INSERT ... SELECT of the staging build (one progress step each). */
export const STAGING_CHUNK_PURCHASES = 25_000;
/** Oracle accepts at most 1,000 expressions in an IN list. */
export const IN_LIST_MAX = 1_000;
/** Keys per statement of findStagingRows. */
export const STAGING_KEYS_PER_STATEMENT = 500;

export const NEW_SUFFIX = '_NEW';
export const OLD_SUFFIX = '_OLD';

/**
 * The tables a reload swaps, in the order their new versions take the live names: the data
 * set's row first, so a reader that has seen a new purchase line finds the new seed from then
 * on (the old row is out of sight from the first rename on, ORA-00942 until its successor is in).
 */
export const RELOAD_SWAP_TABLES = [DATASET_TABLE, ...LOOKUP_TABLES, STAGING_TABLE] as const;
/** What a staging build swaps. */
export const STAGING_SWAP_TABLES = [STAGING_TABLE] as const;
/** Every table a swap may have moved aside: what recovery looks at. */
export const SWAPPABLE_TABLES: readonly string[] = RELOAD_SWAP_TABLES;

/** Seconds a reload or a staging build waits for another process's schema change. */
export const RELOAD_LOCK_WAIT_S = 10;
/** Seconds a process's first ensureSchema waits for the lock before serving the live tables as they are. */
export const SCHEMA_LOCK_WAIT_S = 5;
/** Pause before the one retry of a read that ran into the renames of a swap. */
export const SWAP_RETRY_DELAY_MS = 500;

// Column sizes in characters, as the PostgreSQL adapter's varchar(n): the generator's Korean
// names and addresses take three bytes a character in AL32UTF8.
const columnsDdl: Record<LookupTable, string> = {
  CUSTOMER: `CUSTOMERID NUMBER(10) NOT NULL,
    NAME VARCHAR2(40 CHAR) NOT NULL,
    ADDRESS VARCHAR2(200 CHAR) NOT NULL`,
  SELLER: `SELLERID NUMBER(10) NOT NULL,
    TELNUMBER VARCHAR2(20 CHAR) NOT NULL`,
  PRODUCT: `PRODUCTID NUMBER(10) NOT NULL,
    PRODUCTNAME VARCHAR2(100 CHAR) NOT NULL,
    PRICE NUMBER(10) NOT NULL,
    SELLERID NUMBER(10) NOT NULL`,
  PURCHASE: `PURCHASEID NUMBER(10) NOT NULL,
    PURCHASESEQ NUMBER(5) NOT NULL,
    CUSTOMERID NUMBER(10) NOT NULL,
    PRODUCTID NUMBER(10) NOT NULL,
    QUANTITY NUMBER(10) NOT NULL,
    PURCHASEDATE DATE NOT NULL`,
};

/** CREATE TABLE for one of the four tables, under its live name or with a suffix (`_NEW`). */
export function createTableSql(table: LookupTable, suffix = ''): string {
  return `CREATE TABLE ${identifier(table + suffix)} (\n    ${columnsDdl[table]})`;
}

/**
 * Keys and indexes of the four tables named with `suffix`, added after the bulk load (one build
 * is faster than maintaining them row by row). Constraint and index names carry the load's tag:
 * Oracle keeps them when a table is renamed, so the new set needs names of its own while the
 * live set still holds CUSTOMER_PK_<old tag>.
 */
export function keyDdl(suffix: string, tag: string): string[] {
  const t = (table: LookupTable) => identifier(table + suffix);
  const n = (name: string) => identifier(`${name}_${tag}`);
  return [
    `ALTER TABLE ${t('CUSTOMER')} ADD CONSTRAINT ${n('CUSTOMER_PK')} PRIMARY KEY (CUSTOMERID)`,
    `ALTER TABLE ${t('SELLER')} ADD CONSTRAINT ${n('SELLER_PK')} PRIMARY KEY (SELLERID)`,
    `ALTER TABLE ${t('PRODUCT')} ADD CONSTRAINT ${n('PRODUCT_PK')} PRIMARY KEY (PRODUCTID)`,
    `ALTER TABLE ${t('PURCHASE')} ADD CONSTRAINT ${n('PURCHASE_PK')} PRIMARY KEY (PURCHASEID, PURCHASESEQ)`,
    `ALTER TABLE ${t('PRODUCT')} ADD CONSTRAINT ${n('PRODUCT_SELLER_FK')} FOREIGN KEY (SELLERID) REFERENCES ${t('SELLER')} (SELLERID)`,
    `ALTER TABLE ${t('PURCHASE')} ADD CONSTRAINT ${n('PURCHASE_CUSTOMER_FK')} FOREIGN KEY (CUSTOMERID) REFERENCES ${t('CUSTOMER')} (CUSTOMERID)`,
    `ALTER TABLE ${t('PURCHASE')} ADD CONSTRAINT ${n('PURCHASE_PRODUCT_FK')} FOREIGN KEY (PRODUCTID) REFERENCES ${t('PRODUCT')} (PRODUCTID)`,
    `CREATE INDEX ${n('PURCHASE_CUSTOMER_IX')} ON ${t('PURCHASE')} (CUSTOMERID, PURCHASEID)`,
  ];
}

/** A fresh six-character tag for one load's constraint names. */
export function newLoadTag(): string {
  return randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase();
}

/** A constraint name that is new for every load (Oracle keeps constraint names through a rename). */
const tagged = (name: string, tag: string) => identifier(`${name}_${tag}`);

// The staging table's key is compared in byte order: VARCHAR2 under the sessions' NLS_SORT and
// NLS_COMP = BINARY (set by the pool for every connection), so its primary-key index order is
// the pagination order. The key is added after the rows (stagingKeySql): one index build.
export function createStagingSql(suffix = ''): string {
  return `CREATE TABLE ${identifier(STAGING_TABLE + suffix)} (
    CUSTOMER_ID VARCHAR2(20 CHAR) NOT NULL,
    PURCHASE_ID VARCHAR2(20 CHAR) NOT NULL,
    PURCHASE_DATE VARCHAR2(10 CHAR),
    CUSTOMER_NAME VARCHAR2(40 CHAR),
    CUSTOMER_ADDRESS VARCHAR2(200 CHAR),
    ${[1, 2, 3]
      .map(
        (n) =>
          `PURCHASE_SEQ_${n} VARCHAR2(20 CHAR), PRODUCT_NAME_${n} VARCHAR2(100 CHAR), PRODUCT_PRICE_${n} VARCHAR2(20 CHAR), QUANTITY_${n} VARCHAR2(20 CHAR), SELLER_TEL_NUMBER_${n} VARCHAR2(20 CHAR)`,
      )
      .join(',\n    ')})`;
}

export function stagingKeySql(suffix: string, tag: string): string {
  return `ALTER TABLE ${identifier(STAGING_TABLE + suffix)} ADD CONSTRAINT ${tagged('PURCHASE_DYNAMODB_FT_PK', tag)} PRIMARY KEY (CUSTOMER_ID, PURCHASE_ID)`;
}

/** The data set's one row (ID = 1), under its live name or as LOOKUP_DATASET_NEW for a reload. */
export function createDatasetSql(suffix: string, tag: string): string {
  return `CREATE TABLE ${identifier(DATASET_TABLE + suffix)} (
    ID NUMBER(1) CONSTRAINT ${tagged('LOOKUP_DATASET_PK', tag)} PRIMARY KEY CONSTRAINT ${tagged('LOOKUP_DATASET_ONE', tag)} CHECK (ID = 1),
    SEED NUMBER(20) NOT NULL,
    PURCHASES NUMBER(10) NOT NULL,
    GENERATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    STAGING_BUILD_ID VARCHAR2(64 CHAR),
    STAGING_BUILT_AT TIMESTAMP WITH TIME ZONE)`;
}

export const CREATE_CHECKPOINT = `CREATE TABLE ${CHECKPOINT_TABLE} (
    ID NUMBER(1) CONSTRAINT LOOKUP_CHECKPOINT_PK PRIMARY KEY CONSTRAINT LOOKUP_CHECKPOINT_ONE CHECK (ID = 1),
    STAGING_BUILD_ID VARCHAR2(64 CHAR) NOT NULL,
    LAST_CUSTOMER_ID VARCHAR2(20 CHAR),
    LAST_PURCHASE_ID VARCHAR2(20 CHAR),
    ROWS_DONE NUMBER(12) NOT NULL,
    TOTAL_ROWS NUMBER(12) NOT NULL,
    COMPLETED NUMBER(1) NOT NULL CONSTRAINT LOOKUP_CHECKPOINT_DONE CHECK (COMPLETED IN (0, 1)),
    UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL)`;

export const CREATE_SCHEMA_LOCK = `CREATE TABLE ${SCHEMA_LOCK_TABLE} (ID NUMBER(1) CONSTRAINT LOOKUP_SCHEMA_LOCK_PK PRIMARY KEY)`;

export const CREATE_LOAD_SWAP = `CREATE TABLE ${LOAD_SWAP_TABLE} (
    LOAD_TAG VARCHAR2(6 CHAR) NOT NULL,
    STARTED_AT TIMESTAMP WITH TIME ZONE NOT NULL)`;

/** The tables besides the four data tables, each created when missing (keys named with `tag`). */
export function supportTableDdl(tag: string): Record<string, string[]> {
  return {
    [STAGING_TABLE]: [createStagingSql(), stagingKeySql('', tag)],
    [DATASET_TABLE]: [createDatasetSql('', tag)],
    [CHECKPOINT_TABLE]: [CREATE_CHECKPOINT],
    [LOAD_SWAP_TABLE]: [CREATE_LOAD_SWAP],
  };
}

export const SEED_SCHEMA_LOCK = `MERGE INTO ${SCHEMA_LOCK_TABLE} l USING (SELECT 1 AS ID FROM DUAL) s ON (l.ID = s.ID)
WHEN NOT MATCHED THEN INSERT (ID) VALUES (s.ID)`;
/**
 * The schema lock, waited for at most `seconds` (ORA-30006 then): a process's first lookup must
 * not hang for the whole of another process's reload. WAIT takes no bind variable; the number
 * is checked.
 */
export function takeSchemaLockSql(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 600) throw new RangeError('lock wait must be 0 to 600 whole seconds');
  return `SELECT ID FROM ${SCHEMA_LOCK_TABLE} WHERE ID = 1 FOR UPDATE WAIT ${seconds}`;
}

/** The schema's tables among the ones this store knows (names compared as stored: upper case). */
export const LIST_TABLES = `SELECT TABLE_NAME FROM USER_TABLES WHERE TABLE_NAME LIKE 'CUSTOMER%' OR TABLE_NAME LIKE 'SELLER%'
  OR TABLE_NAME LIKE 'PRODUCT%' OR TABLE_NAME LIKE 'PURCHASE%' OR TABLE_NAME LIKE 'LOOKUP%'`;
export const READ_SWAP_MARKER = `SELECT COUNT(*) AS SWAPPING FROM ${LOAD_SWAP_TABLE}`;
export const WRITE_SWAP_MARKER = `INSERT INTO ${LOAD_SWAP_TABLE} (LOAD_TAG, STARTED_AT) VALUES (:tag, SYSTIMESTAMP)`;
export const CLEAR_SWAP_MARKER = `DELETE FROM ${LOAD_SWAP_TABLE}`;
export const EMPTY_CHECKPOINT = `DELETE FROM ${CHECKPOINT_TABLE}`;

export function dropTableSql(name: string): string {
  return `DROP TABLE ${identifier(name)} CASCADE CONSTRAINTS PURGE`;
}

export function renameTableSql(from: string, to: string): string {
  return `ALTER TABLE ${identifier(from)} RENAME TO ${identifier(to)}`;
}

/**
 * The statements that bring the schema back to one consistent data set after a reload stopped
 * anywhere (each step is idempotent, so a recovery that itself stops is finished by the next):
 *  - a swap marker means the reload never reached its commit: every table that has an `_OLD`
 *    twin gets it back (the new table in its place, if any, is dropped);
 *  - without a marker the reload committed: `_OLD` tables are leftovers and are dropped;
 *  - `_NEW` tables are always leftovers of an unfinished load and are dropped.
 * The caller clears the marker afterwards.
 */
export function planRecovery(existing: ReadonlySet<string>, swapping: boolean): string[] {
  const statements: string[] = [];
  for (const table of SWAPPABLE_TABLES) {
    const old = table + OLD_SUFFIX;
    if (!existing.has(old)) continue;
    if (swapping) {
      if (existing.has(table)) statements.push(dropTableSql(table));
      statements.push(renameTableSql(old, table));
    } else {
      statements.push(dropTableSql(old));
    }
  }
  for (const table of SWAPPABLE_TABLES) {
    if (existing.has(table + NEW_SUFFIX)) statements.push(dropTableSql(table + NEW_SUFFIX));
  }
  return statements;
}

/** A statement of a swap's commit transaction, with its binds. */
export interface BoundStatement {
  sql: string;
  binds: Record<string, string | number>;
}

/**
 * One step of the swap that follows a complete build of the `_NEW` tables:
 *  - mark: commit the marker row (from here on, recovery rolls the swap back);
 *  - rename: one table name moved (DDL, commits on its own);
 *  - commit: one transaction of single-row statements (the checkpoint, the data set's row, the
 *    marker) and COMMIT: the commit point. Nothing bulky happens inside the swap window: the
 *    staging table is swapped like the data tables instead of being emptied here;
 *  - cleanup: drop an `_OLD` table; a failure is ignored (recovery drops leftovers).
 */
export type SwapStep = { step: 'mark' } | { step: 'rename'; sql: string } | { step: 'commit'; statements: BoundStatement[] } | { step: 'cleanup'; sql: string };

/** The commit of a reload: the new data set has no migration yet. */
export const RELOAD_COMMIT: BoundStatement[] = [
  { sql: EMPTY_CHECKPOINT, binds: {} },
  { sql: CLEAR_SWAP_MARKER, binds: {} },
];

/** The commit of a staging build: the build's id recorded, the previous build's checkpoint gone. */
export function stagingCommit(buildId: string): BoundStatement[] {
  return [
    { sql: MARK_STAGING_BUILT, binds: { buildId } },
    { sql: EMPTY_CHECKPOINT, binds: {} },
    { sql: CLEAR_SWAP_MARKER, binds: {} },
  ];
}

/**
 * The swap of `tables` (each built as `<name>_NEW`): every live one aside to `_OLD`, every
 * `_NEW` one to the live name in the given order, the commit, then the `_OLD` tables dropped.
 * Tables missing from the live set (a first load) are not moved.
 */
export function planSwap(existing: ReadonlySet<string>, tables: readonly string[], commit: BoundStatement[]): SwapStep[] {
  const present = tables.filter((table) => existing.has(table));
  return [
    { step: 'mark' },
    ...present.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table, table + OLD_SUFFIX) })),
    ...tables.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table + NEW_SUFFIX, table) })),
    { step: 'commit', statements: commit },
    // Children first; CASCADE CONSTRAINTS would also cope with any order.
    ...[...present].reverse().map((table) => ({ step: 'cleanup' as const, sql: dropTableSql(table + OLD_SUFFIX) })),
  ];
}

interface LoadSpec {
  sql: (tableName: string) => string;
  bindDefs: oracledb.BindDefinition[];
}

// Bind maxSize is in bytes: four per character covers any AL32UTF8 text of the column's length.
const text = (chars: number): oracledb.BindDefinition => ({ type: oracledb.STRING, maxSize: chars * 4 });
const number: oracledb.BindDefinition = { type: oracledb.NUMBER };

/** The bulk-load INSERT of each table: positional binds in the generator's column order. */
export const loadSpecs: Record<LoadTable, LoadSpec> = {
  customer: {
    sql: (name) => `INSERT INTO ${identifier(name)} (CUSTOMERID, NAME, ADDRESS) VALUES (:1, :2, :3)`,
    bindDefs: [number, text(40), text(200)],
  },
  seller: {
    sql: (name) => `INSERT INTO ${identifier(name)} (SELLERID, TELNUMBER) VALUES (:1, :2)`,
    bindDefs: [number, text(20)],
  },
  product: {
    sql: (name) => `INSERT INTO ${identifier(name)} (PRODUCTID, PRODUCTNAME, PRICE, SELLERID) VALUES (:1, :2, :3, :4)`,
    bindDefs: [number, text(100), number, number],
  },
  purchase: {
    sql: (name) =>
      `INSERT INTO ${identifier(name)} (PURCHASEID, PURCHASESEQ, CUSTOMERID, PRODUCTID, QUANTITY, PURCHASEDATE) VALUES (:1, :2, :3, :4, :5, TO_DATE(:6, 'YYYY-MM-DD'))`,
    bindDefs: [number, number, number, number, number, text(10)],
  },
};

/** The executeMany calls of one chunk of generated rows: LOAD_BATCH_ROWS rows each. */
export function loadBatches<T>(rows: readonly T[]): T[][] {
  return inBatches(rows, LOAD_BATCH_ROWS);
}

export const GATHER_STATS = `BEGIN DBMS_STATS.GATHER_TABLE_STATS(ownname => SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA'), tabname => :tableName); END;`;

/** The new data set's row, written into LOOKUP_DATASET_NEW before the swap puts it in place. */
export const RECORD_NEW_DATASET = `INSERT INTO ${DATASET_TABLE}${NEW_SUFFIX} (ID, SEED, PURCHASES, GENERATED_AT, STAGING_BUILD_ID, STAGING_BUILT_AT)
VALUES (1, :seed, :purchases, SYSTIMESTAMP, NULL, NULL)`;

export const datasetBinds = (source: Pick<DatasetSource, 'seed' | 'purchases'>) => ({ seed: source.seed, purchases: source.purchases });

export const PURCHASE_RANGE = `SELECT MIN(PURCHASEID) AS MIN_ID, MAX(PURCHASEID) AS MAX_ID, COUNT(DISTINCT PURCHASEID) AS PURCHASES FROM PURCHASE`;

/**
 * The workshop's pivot, one purchase-id range at a time. Numbers and the date become strings
 * with TO_CHAR (the date in a fixed format, whatever NLS_DATE_FORMAT says). The workshop's
 * `ELSE ''` stays as written: in Oracle it is NULL, so a slot without a line keeps NULL for its
 * name and telephone and '0' for its numbers; stagingRowFromOracle reads NULL back as ''.
 */
export function pivotInsertSql(tableName: string): string {
  return `INSERT INTO ${identifier(tableName)} (${stagingColumns.join(', ')})
SELECT TO_CHAR(c.CUSTOMERID), TO_CHAR(pc.PURCHASEID), TO_CHAR(pc.PURCHASEDATE, 'YYYY-MM-DD'), c.NAME, c.ADDRESS,
  ${[1, 2, 3]
    .map(
      (n) => `TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${n} THEN pc.PURCHASESEQ ELSE 0 END)),
  MAX(CASE WHEN pc.PURCHASESEQ = ${n} THEN pd.PRODUCTNAME ELSE '' END),
  TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${n} THEN pd.PRICE ELSE 0 END)),
  TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${n} THEN pc.QUANTITY ELSE 0 END)),
  MAX(CASE WHEN pc.PURCHASESEQ = ${n} THEN s.TELNUMBER ELSE '' END)`,
    )
    .join(',\n  ')}
FROM PURCHASE pc
  INNER JOIN CUSTOMER c ON pc.CUSTOMERID = c.CUSTOMERID
  INNER JOIN PRODUCT pd ON pc.PRODUCTID = pd.PRODUCTID
  INNER JOIN SELLER s ON pd.SELLERID = s.SELLERID
WHERE pc.PURCHASEID BETWEEN :fromId AND :toId
GROUP BY c.CUSTOMERID, pc.PURCHASEID, pc.PURCHASEDATE, c.NAME, c.ADDRESS`;
}

/** The pivot as the page shows it; a build writes it into PURCHASE_DYNAMODB_FORMAT_NEW. */
export const PIVOT_INSERT = pivotInsertSql(STAGING_TABLE);

export const pivotBinds = (fromId: number, toId: number) => ({ fromId, toId });

export const MARK_STAGING_BUILT = `UPDATE ${DATASET_TABLE} SET STAGING_BUILD_ID = :buildId, STAGING_BUILT_AT = SYSTIMESTAMP WHERE ID = 1`;

/** Inclusive purchase-id ranges of at most `size` ids covering min..max. */
export function idRanges(min: number, max: number, size: number): Array<[from: number, to: number]> {
  const ranges: Array<[number, number]> = [];
  for (let from = min; from <= max; from += size) ranges.push([from, Math.min(max, from + size - 1)]);
  return ranges;
}

export const COUNT_ROWS = `SELECT (SELECT COUNT(*) FROM CUSTOMER) AS CUSTOMER,
  (SELECT COUNT(*) FROM PRODUCT) AS PRODUCT,
  (SELECT COUNT(*) FROM SELLER) AS SELLER,
  (SELECT COUNT(*) FROM PURCHASE) AS PURCHASE,
  (SELECT COUNT(DISTINCT PURCHASEID) FROM PURCHASE) AS PURCHASES,
  (SELECT COUNT(*) FROM ${STAGING_TABLE}) AS STAGING
FROM DUAL`;

export const READ_DATASET = `SELECT SEED, PURCHASES, ${isoTextOf('GENERATED_AT')} AS GENERATED_AT, STAGING_BUILD_ID,
  ${isoTextOf('STAGING_BUILT_AT')} AS STAGING_BUILT_AT
FROM ${DATASET_TABLE} WHERE ID = 1`;

// The workshop's first query.
const joinSelect = `SELECT c.CUSTOMERID, pc.PURCHASEID, pc.PURCHASESEQ, pd.PRODUCTNAME, pd.PRICE, pc.QUANTITY, s.TELNUMBER,
  TO_CHAR(pc.PURCHASEDATE, 'YYYY-MM-DD') AS PURCHASEDATE, c.NAME, c.ADDRESS
FROM PURCHASE pc
  INNER JOIN CUSTOMER c ON pc.CUSTOMERID = c.CUSTOMERID
  INNER JOIN PRODUCT pd ON pc.PRODUCTID = pd.PRODUCTID
  INNER JOIN SELLER s ON pd.SELLERID = s.SELLERID`;

export const FIND_PURCHASE_LINES = `${joinSelect}
WHERE pc.CUSTOMERID = :customerId AND pc.PURCHASEID = :purchaseId
ORDER BY pc.PURCHASESEQ`;

export const FIND_CUSTOMER_LINES = `${joinSelect}
WHERE pc.CUSTOMERID = :customerId
ORDER BY pc.PURCHASEID, pc.PURCHASESEQ`;

export const purchaseLinesBinds = (key: PurchaseKey) => ({ customerId: Number(key.customerId), purchaseId: Number(key.purchaseId) });
export const customerLinesBinds = (customerId: string) => ({ customerId: Number(customerId) });

const stagingSelectList = stagingColumns.join(', ');

export const STAGING_FIRST_PAGE = `SELECT ${stagingSelectList} FROM ${STAGING_TABLE}
ORDER BY CUSTOMER_ID, PURCHASE_ID
FETCH FIRST :pageSize ROWS ONLY`;

// (CUSTOMER_ID, PURCHASE_ID) > (:c, :p) without a row-value comparison, which Oracle lacks; the
// leading CUSTOMER_ID >= :customerId gives the primary-key index its start point.
export const STAGING_PAGE_AFTER = `SELECT ${stagingSelectList} FROM ${STAGING_TABLE}
WHERE CUSTOMER_ID >= :customerId AND (CUSTOMER_ID > :customerId OR PURCHASE_ID > :purchaseId)
ORDER BY CUSTOMER_ID, PURCHASE_ID
FETCH FIRST :pageSize ROWS ONLY`;

/** The keyset page after `after` (or the first page): the statement and its binds. */
export function stagingPageStatement(after: PurchaseKey | null, limit: number): { sql: string; binds: Record<string, string | number> } {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('page size must be a positive integer');
  return after
    ? { sql: STAGING_PAGE_AFTER, binds: { customerId: after.customerId, purchaseId: after.purchaseId, pageSize: limit } }
    : { sql: STAGING_FIRST_PAGE, binds: { pageSize: limit } };
}

/** Staging rows for `count` keys: a list of (:cN, :pN) pairs, bound by name. */
export function stagingRowsByKeysSql(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > STAGING_KEYS_PER_STATEMENT) throw new RangeError(`1 to ${STAGING_KEYS_PER_STATEMENT} keys per statement`);
  const pairs = Array.from({ length: count }, (_, i) => `(:c${i}, :p${i})`).join(', ');
  return `SELECT ${stagingSelectList} FROM ${STAGING_TABLE} WHERE (CUSTOMER_ID, PURCHASE_ID) IN (${pairs})`;
}

export function stagingKeyBinds(keys: readonly PurchaseKey[]): Record<string, string> {
  const binds: Record<string, string> = {};
  keys.forEach((key, i) => {
    binds[`c${i}`] = key.customerId;
    binds[`p${i}`] = key.purchaseId;
  });
  return binds;
}

export const PURCHASE_ID_RANGE = `SELECT MIN(PURCHASEID) AS MIN_ID, MAX(PURCHASEID) AS MAX_ID FROM PURCHASE`;

export const ALL_PURCHASE_KEYS = `SELECT PURCHASEID, MIN(CUSTOMERID) AS CUSTOMERID FROM PURCHASE GROUP BY PURCHASEID ORDER BY PURCHASEID`;

/** The keys of the purchases among `count` candidate ids (positional binds :1..:count). */
export function purchaseKeysByIdsSql(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > IN_LIST_MAX) throw new RangeError(`1 to ${IN_LIST_MAX} ids per statement`);
  const list = Array.from({ length: count }, (_, i) => `:${i + 1}`).join(', ');
  return `SELECT PURCHASEID, MIN(CUSTOMERID) AS CUSTOMERID FROM PURCHASE WHERE PURCHASEID IN (${list}) GROUP BY PURCHASEID`;
}

export const READ_CHECKPOINT = `SELECT STAGING_BUILD_ID, LAST_CUSTOMER_ID, LAST_PURCHASE_ID, ROWS_DONE, TOTAL_ROWS, COMPLETED,
  ${isoTextOf('UPDATED_AT')} AS UPDATED_AT
FROM ${CHECKPOINT_TABLE} WHERE ID = 1`;

export const WRITE_CHECKPOINT = `MERGE INTO ${CHECKPOINT_TABLE} t
USING (SELECT 1 AS ID, :stagingBuildId AS STAGING_BUILD_ID, :lastCustomerId AS LAST_CUSTOMER_ID,
  :lastPurchaseId AS LAST_PURCHASE_ID, :rowsDone AS ROWS_DONE, :totalRows AS TOTAL_ROWS, :completed AS COMPLETED,
  ${timestampFromIso('updatedAt')} AS UPDATED_AT FROM DUAL) s
ON (t.ID = s.ID)
WHEN MATCHED THEN UPDATE SET t.STAGING_BUILD_ID = s.STAGING_BUILD_ID, t.LAST_CUSTOMER_ID = s.LAST_CUSTOMER_ID,
  t.LAST_PURCHASE_ID = s.LAST_PURCHASE_ID, t.ROWS_DONE = s.ROWS_DONE, t.TOTAL_ROWS = s.TOTAL_ROWS,
  t.COMPLETED = s.COMPLETED, t.UPDATED_AT = s.UPDATED_AT
WHEN NOT MATCHED THEN INSERT (ID, STAGING_BUILD_ID, LAST_CUSTOMER_ID, LAST_PURCHASE_ID, ROWS_DONE, TOTAL_ROWS, COMPLETED, UPDATED_AT)
  VALUES (s.ID, s.STAGING_BUILD_ID, s.LAST_CUSTOMER_ID, s.LAST_PURCHASE_ID, s.ROWS_DONE, s.TOTAL_ROWS, s.COMPLETED, s.UPDATED_AT)`;

export function checkpointBinds(checkpoint: MigrationCheckpoint): Record<string, oracledb.BindParameter | string | number> {
  return {
    stagingBuildId: checkpoint.stagingBuildId,
    // Typed explicitly: a null alone would be bound as a one-character string.
    lastCustomerId: { type: oracledb.STRING, maxSize: 80, val: checkpoint.after?.customerId ?? null },
    lastPurchaseId: { type: oracledb.STRING, maxSize: 80, val: checkpoint.after?.purchaseId ?? null },
    rowsDone: checkpoint.rowsDone,
    totalRows: checkpoint.totalRows,
    completed: checkpoint.completed ? 1 : 0,
    updatedAt: assertIsoUtc(checkpoint.updatedAt, 'updatedAt'),
  };
}

// ---------------------------------------------------------------------------------------------
// Rows as the driver returns them (OUT_FORMAT_OBJECT: upper-case column names) into the app's
// shapes. Pure, so the unit tests cover every mapping without a database.

type OracleRow = Record<string, unknown>;

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const asTextOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function joinedLineFromOracle(row: OracleRow): JoinedLine {
  return {
    customerid: asNumber(row.CUSTOMERID),
    purchaseid: asNumber(row.PURCHASEID),
    purchaseseq: asNumber(row.PURCHASESEQ),
    productname: asText(row.PRODUCTNAME),
    price: asNumber(row.PRICE),
    quantity: asNumber(row.QUANTITY),
    telnumber: asText(row.TELNUMBER),
    purchasedate: asText(row.PURCHASEDATE),
    name: asText(row.NAME),
    address: asText(row.ADDRESS),
  };
}

/** Oracle stores the pivot's '' as NULL; PostgreSQL keeps ''. Both reach the app as ''. */
export function stagingRowFromOracle(row: OracleRow): StagingRow {
  return Object.fromEntries(stagingColumns.map((column) => [column, asText(row[column])])) as StagingRow;
}

export function rowCountsFromOracle(row: OracleRow): RowCounts {
  return {
    customer: asNumber(row.CUSTOMER),
    product: asNumber(row.PRODUCT),
    seller: asNumber(row.SELLER),
    purchase: asNumber(row.PURCHASE),
    purchases: asNumber(row.PURCHASES),
    staging: asNumber(row.STAGING),
  };
}

export function datasetInfoFromOracle(row: OracleRow | undefined): DatasetInfo | null {
  if (!row) return null;
  return {
    seed: asNumber(row.SEED),
    purchases: asNumber(row.PURCHASES),
    generatedAt: asText(row.GENERATED_AT),
    stagingBuildId: asTextOrNull(row.STAGING_BUILD_ID),
    stagingBuiltAt: asTextOrNull(row.STAGING_BUILT_AT),
  };
}

export function checkpointFromOracle(row: OracleRow | undefined): MigrationCheckpoint | null {
  if (!row) return null;
  const customerId = asTextOrNull(row.LAST_CUSTOMER_ID);
  const purchaseId = asTextOrNull(row.LAST_PURCHASE_ID);
  return {
    stagingBuildId: asText(row.STAGING_BUILD_ID),
    after: customerId !== null && purchaseId !== null ? { customerId, purchaseId } : null,
    rowsDone: asNumber(row.ROWS_DONE),
    totalRows: asNumber(row.TOTAL_ROWS),
    completed: asNumber(row.COMPLETED) === 1,
    updatedAt: asText(row.UPDATED_AT),
  };
}

export function purchaseKeyFromOracle(row: OracleRow): PurchaseKey {
  return { customerId: String(asNumber(row.CUSTOMERID)), purchaseId: String(asNumber(row.PURCHASEID)) };
}

/** Random distinct ids in min..max, a few more than wanted since some may be missing. */
export function candidateIds(min: number, max: number, wanted: number, random: () => number = Math.random): number[] {
  const span = max - min + 1;
  const ids = new Set<number>();
  const target = Math.min(span, Math.ceil(wanted * 1.2) + 8);
  while (ids.size < target) ids.add(min + Math.floor(random() * span));
  return [...ids];
}

// ---------------------------------------------------------------------------------------------

const objects = { outFormat: oracledb.OUT_FORMAT_OBJECT } as const;

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted');
}

async function rowsOf(connection: oracledb.Connection, sql: string, binds: oracledb.BindParameters = {}, options: oracledb.ExecuteOptions = {}): Promise<OracleRow[]> {
  const result = await connection.execute<OracleRow>(sql, binds, { ...objects, ...options });
  return result.rows ?? [];
}

async function query(sql: string, binds: oracledb.BindParameters = {}): Promise<OracleRow[]> {
  return withOracleConnection((connection) => rowsOf(connection, sql, binds));
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
export const SCHEMA_BUSY_MESSAGE = `Another process is reloading the purchase tables or rebuilding the staging table (it holds ${SCHEMA_LOCK_TABLE}); try again when it has finished.`;

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
export const SCHEMA_NOT_READY_MESSAGE = `Another process is creating or reloading the purchase tables (it holds ${SCHEMA_LOCK_TABLE}) and they are not all in place yet; try again when it has finished.`;

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
    const [row] = await readDuringSwap(() => query(COUNT_ROWS));
    return rowCountsFromOracle(row ?? {});
  }

  async readDatasetInfo(): Promise<DatasetInfo | null> {
    const [row] = await readDuringSwap(() => query(READ_DATASET));
    return datasetInfoFromOracle(row);
  }

  async findPurchaseLines(key: PurchaseKey): Promise<JoinedLine[]> {
    const rows = await readDuringSwap(() => query(FIND_PURCHASE_LINES, purchaseLinesBinds(key)));
    return rows.map(joinedLineFromOracle);
  }

  async findCustomerPurchaseLines(customerId: string): Promise<JoinedLine[]> {
    const rows = await readDuringSwap(() => query(FIND_CUSTOMER_LINES, customerLinesBinds(customerId)));
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
    return (await readDuringSwap(() => query(sql, binds))).map(stagingRowFromOracle);
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
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [keys[i], keys[j]] = [keys[j]!, keys[i]!];
    }
    return keys.slice(0, wanted);
  }

  async readCheckpoint(): Promise<MigrationCheckpoint | null> {
    const [row] = await readDuringSwap(() => query(READ_CHECKPOINT));
    return checkpointFromOracle(row);
  }

  async writeCheckpoint(checkpoint: MigrationCheckpoint): Promise<void> {
    await withOracleConnection(async (connection) => {
      await connection.execute(WRITE_CHECKPOINT, checkpointBinds(checkpoint), { autoCommit: true });
    });
  }
}
