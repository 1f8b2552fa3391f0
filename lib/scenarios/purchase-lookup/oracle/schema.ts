import 'server-only';
import { randomUUID } from 'node:crypto';
import { identifier } from '@/lib/db/oracle/sql-text';
import type { LoadTable } from '@/lib/scenarios/purchase-lookup/relational-store';

/** The lookup's Oracle tables: names, limits and DDL, and the statements of the schema lock and the swap marker. */

export const LOOKUP_TABLES = ['CUSTOMER', 'SELLER', 'PRODUCT', 'PURCHASE'] as const;

export type LookupTable = (typeof LOOKUP_TABLES)[number];

export const tableOf: Record<LoadTable, LookupTable> = { customer: 'CUSTOMER', seller: 'SELLER', product: 'PRODUCT', purchase: 'PURCHASE' };

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
/** Every table a swap may have moved aside: what recovery looks at (a reload's set holds the staging build's). */
export const SWAPPABLE_TABLES: readonly string[] = [...RELOAD_SWAP_TABLES];

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

const CREATE_CHECKPOINT = `CREATE TABLE ${CHECKPOINT_TABLE} (
    ID NUMBER(1) CONSTRAINT LOOKUP_CHECKPOINT_PK PRIMARY KEY CONSTRAINT LOOKUP_CHECKPOINT_ONE CHECK (ID = 1),
    STAGING_BUILD_ID VARCHAR2(64 CHAR) NOT NULL,
    LAST_CUSTOMER_ID VARCHAR2(20 CHAR),
    LAST_PURCHASE_ID VARCHAR2(20 CHAR),
    ROWS_DONE NUMBER(12) NOT NULL,
    TOTAL_ROWS NUMBER(12) NOT NULL,
    COMPLETED NUMBER(1) NOT NULL CONSTRAINT LOOKUP_CHECKPOINT_DONE CHECK (COMPLETED IN (0, 1)),
    UPDATED_AT TIMESTAMP WITH TIME ZONE NOT NULL)`;

export const CREATE_SCHEMA_LOCK = `CREATE TABLE ${SCHEMA_LOCK_TABLE} (ID NUMBER(1) CONSTRAINT LOOKUP_SCHEMA_LOCK_PK PRIMARY KEY)`;

const CREATE_LOAD_SWAP = `CREATE TABLE ${LOAD_SWAP_TABLE} (
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

export function dropTableSql(name: string): string {
  return `DROP TABLE ${identifier(name)} CASCADE CONSTRAINTS PURGE`;
}

export function renameTableSql(from: string, to: string): string {
  return `ALTER TABLE ${identifier(from)} RENAME TO ${identifier(to)}`;
}
