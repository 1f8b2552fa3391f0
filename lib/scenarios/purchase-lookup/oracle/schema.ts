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

// The staging table's key is compared in byte order: VARCHAR2 under the sessions' NLS_SORT and
// NLS_COMP = BINARY (set by the pool for every connection), so its primary-key index order is
// the pagination order.
export const CREATE_STAGING = `CREATE TABLE ${STAGING_TABLE} (
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
      .join(',\n    ')},
    CONSTRAINT PURCHASE_DYNAMODB_FT_PK PRIMARY KEY (CUSTOMER_ID, PURCHASE_ID))`;

const CREATE_DATASET = `CREATE TABLE ${DATASET_TABLE} (
    ID NUMBER(1) CONSTRAINT LOOKUP_DATASET_PK PRIMARY KEY CONSTRAINT LOOKUP_DATASET_ONE CHECK (ID = 1),
    SEED NUMBER(20) NOT NULL,
    PURCHASES NUMBER(10) NOT NULL,
    GENERATED_AT TIMESTAMP WITH TIME ZONE NOT NULL,
    STAGING_BUILD_ID VARCHAR2(64 CHAR),
    STAGING_BUILT_AT TIMESTAMP WITH TIME ZONE)`;

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

/** The tables besides the four data tables, each created when missing. */
export const supportTableDdl: Record<string, string> = {
  [STAGING_TABLE]: CREATE_STAGING,
  [DATASET_TABLE]: CREATE_DATASET,
  [CHECKPOINT_TABLE]: CREATE_CHECKPOINT,
  [LOAD_SWAP_TABLE]: CREATE_LOAD_SWAP,
};

export const SEED_SCHEMA_LOCK = `MERGE INTO ${SCHEMA_LOCK_TABLE} l USING (SELECT 1 AS ID FROM DUAL) s ON (l.ID = s.ID)
WHEN NOT MATCHED THEN INSERT (ID) VALUES (s.ID)`;

export const TAKE_SCHEMA_LOCK = `SELECT ID FROM ${SCHEMA_LOCK_TABLE} WHERE ID = 1 FOR UPDATE`;

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
