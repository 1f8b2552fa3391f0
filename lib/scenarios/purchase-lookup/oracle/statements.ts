import 'server-only';
import { identifier, isoTextOf, timestampFromIso } from '@/lib/db/oracle/sql-text';
import { CHECKPOINT_TABLE, DATASET_TABLE, IN_LIST_MAX, NEW_SUFFIX, STAGING_KEYS_PER_STATEMENT, STAGING_TABLE } from '@/lib/scenarios/purchase-lookup/oracle/schema';
import { stagingColumns } from '@/lib/scenarios/purchase-lookup/purchase';

/** The lookup's Oracle statements: every value travels as a bind variable; the binds are in binds.ts. */

export const GATHER_STATS = `BEGIN DBMS_STATS.GATHER_TABLE_STATS(ownname => SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA'), tabname => :tableName); END;`;

export const EMPTY_CHECKPOINT = `DELETE FROM ${CHECKPOINT_TABLE}`;

/** The new data set's row, written into LOOKUP_DATASET_NEW before the swap puts it in place. */
export const RECORD_NEW_DATASET = `INSERT INTO ${DATASET_TABLE}${NEW_SUFFIX} (ID, SEED, PURCHASES, GENERATED_AT, STAGING_BUILD_ID, STAGING_BUILT_AT)
VALUES (1, :seed, :purchases, SYSTIMESTAMP, NULL, NULL)`;

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


export const MARK_STAGING_BUILT = `UPDATE ${DATASET_TABLE} SET STAGING_BUILD_ID = :buildId, STAGING_BUILT_AT = SYSTIMESTAMP WHERE ID = 1`;

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

/** Staging rows for `count` keys: a list of (:cN, :pN) pairs, bound by name. */
export function stagingRowsByKeysSql(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > STAGING_KEYS_PER_STATEMENT) throw new RangeError(`1 to ${STAGING_KEYS_PER_STATEMENT} keys per statement`);
  const pairs = Array.from({ length: count }, (_, i) => `(:c${i}, :p${i})`).join(', ');
  return `SELECT ${stagingSelectList} FROM ${STAGING_TABLE} WHERE (CUSTOMER_ID, PURCHASE_ID) IN (${pairs})`;
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
