import 'server-only';
import oracledb from 'oracledb';
import { inOracleTransaction, withOracleConnection } from '@/lib/db/oracle/connection';
import { BUSY_ORA, busyConflict, isOracleError, ORA } from '@/lib/db/oracle/oracle-errors';
import { rowsOf, type OracleRow } from '@/lib/db/oracle/rows';
import { isoTextOf } from '@/lib/db/oracle/sql-text';
import { ORDER_PATHS, RESET_BUSY_MESSAGE, RESET_LOCK_WAIT_S, type OrderPath, type OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';
import type { OfferRelationalStore, OfferStatements, RelationalBooks } from '@/lib/scenarios/limited-offer/offer-relational';

/*
 * Oracle dialect of the limited-offer scenario: the workshop's own SQL, with named bind
 * variables. Named, not positional: node-oracledb binds an array by the order placeholders
 * appear, whatever their numbers, so `SET QUANTITY = :2 WHERE PROD_ID = :1` with
 * [productId, quantity] would write the product id into QUANTITY.
 *
 * Every statement below is the exact text passed to the driver. Oracle opens a transaction
 * implicitly with the first statement (autoCommit stays off); COMMIT and ROLLBACK are the
 * driver's connection.commit() and connection.rollback().
 */

export const CREATE_HOTDEAL_LIST = `CREATE TABLE HOTDEAL_LIST (
  PROD_ID  NUMBER(10) CONSTRAINT HOTDEAL_LIST_PK PRIMARY KEY,
  QUANTITY NUMBER(10) NOT NULL
)`;

export const CREATE_ORDER_HISTORY = `CREATE TABLE ORDER_HISTORY (
  ORDER_TIME TIMESTAMP WITH TIME ZONE NOT NULL,
  PROD_ID    NUMBER(10) NOT NULL,
  QUANTITY   NUMBER(10) NOT NULL,
  ORDER_PATH VARCHAR2(6) NOT NULL CONSTRAINT ORDER_HISTORY_PATH CHECK (ORDER_PATH IN ('legacy', 'redis', 'naive'))
)`;

export const CREATE_OFFER_RESET = `CREATE TABLE OFFER_RESET (
  PROD_ID       NUMBER(10) CONSTRAINT OFFER_RESET_PK PRIMARY KEY,
  INITIAL_STOCK NUMBER(10) NOT NULL,
  RESET_AT      TIMESTAMP WITH TIME ZONE NOT NULL
)`;

/** Oracle before 23ai has no CREATE TABLE IF NOT EXISTS: the missing ones are created by name. */
export const offerTableDdl = {
  HOTDEAL_LIST: CREATE_HOTDEAL_LIST,
  ORDER_HISTORY: CREATE_ORDER_HISTORY,
  OFFER_RESET: CREATE_OFFER_RESET,
} as const;

export const LIST_OFFER_TABLES = `SELECT TABLE_NAME FROM USER_TABLES WHERE TABLE_NAME IN ('HOTDEAL_LIST', 'ORDER_HISTORY', 'OFFER_RESET')`;

// Two processes (the app and a bench server) may seed at the same moment; the table lock makes
// the second wait and then find every row there.
export const LOCK_FOR_SEEDING = `LOCK TABLE HOTDEAL_LIST IN EXCLUSIVE MODE WAIT 10`;

export const SEED_PRODUCTS = `MERGE INTO HOTDEAL_LIST h
USING (SELECT LEVEL AS PROD_ID FROM DUAL CONNECT BY LEVEL <= :productCount) s
ON (h.PROD_ID = s.PROD_ID)
WHEN NOT MATCHED THEN INSERT (PROD_ID, QUANTITY) VALUES (s.PROD_ID, :initialStock)`;

export const HAS_RESET = `SELECT 1 AS FOUND FROM OFFER_RESET WHERE PROD_ID = :prodId`;

export const SELECT_STOCK_FOR_UPDATE = `SELECT QUANTITY FROM HOTDEAL_LIST WHERE PROD_ID = :prodId FOR UPDATE`;

export const UPDATE_STOCK = `UPDATE HOTDEAL_LIST SET QUANTITY = :quantity WHERE PROD_ID = :prodId`;

export const INSERT_HISTORY = `INSERT INTO ORDER_HISTORY (ORDER_TIME, PROD_ID, QUANTITY, ORDER_PATH) VALUES (SYSTIMESTAMP, :prodId, :quantity, :orderPath)`;

/**
 * The Redis paths' group commit: the same INSERT run once through executeMany with one set of
 * binds per order, one round trip, autocommit (all rows or none).
 */
const INSERT_HISTORY_BATCH = INSERT_HISTORY;

/** Binds and types of INSERT_HISTORY_BATCH for executeMany. */
export const historyBatchBindDefs: Record<'prodId' | 'quantity' | 'orderPath', oracledb.BindDefinition> = {
  prodId: { type: oracledb.NUMBER },
  quantity: { type: oracledb.NUMBER },
  orderPath: { type: oracledb.STRING, maxSize: 6 },
};

export function historyBatchBinds(productId: number, paths: readonly Exclude<OrderPath, 'legacy'>[]): Array<{ prodId: number; quantity: number; orderPath: string }> {
  return paths.map((orderPath) => ({ prodId: productId, quantity: 1, orderPath }));
}

export const RESET_STOCK = `UPDATE HOTDEAL_LIST SET QUANTITY = :stock`;

// DELETE, not TRUNCATE: Oracle's TRUNCATE is DDL and commits on its own, which would empty the
// history even when the reset then fails (Redis down) and rolls the stock back.
export const EMPTY_HISTORY = `DELETE FROM ORDER_HISTORY`;

export const RECORD_INITIAL_STOCK = `MERGE INTO OFFER_RESET r
USING (SELECT :prodId AS PROD_ID, :stock AS INITIAL_STOCK FROM DUAL) s
ON (r.PROD_ID = s.PROD_ID)
WHEN MATCHED THEN UPDATE SET r.INITIAL_STOCK = s.INITIAL_STOCK, r.RESET_AT = SYSTIMESTAMP
WHEN NOT MATCHED THEN INSERT (PROD_ID, INITIAL_STOCK, RESET_AT) VALUES (s.PROD_ID, s.INITIAL_STOCK, SYSTIMESTAMP)`;

/**
 * A reset waits for running orders, then holds both tables until it commits: orders that
 * arrive meanwhile wait, and no history row can slip in between the DELETE and the COMMIT. It
 * gives up after RESET_LOCK_WAIT_S rather than queue every later order behind it indefinitely:
 * LOCK TABLE ... WAIT n then raises ORA-00054 (ORA-30006 is SELECT ... FOR UPDATE WAIT n's),
 * which the reset answers as a 409 with RESET_BUSY_MESSAGE.
 */
export const LOCK_FOR_RESET = `LOCK TABLE HOTDEAL_LIST, ORDER_HISTORY IN EXCLUSIVE MODE WAIT ${RESET_LOCK_WAIT_S}`;

/** A reset's failure as the caller should see it: a lock wait that ran out is a busy conflict. */
export function resetFailure(error: unknown): unknown {
  return isOracleError(error, ...BUSY_ORA) ? busyConflict(RESET_BUSY_MESSAGE, error) : error;
}

export const READ_RESET_AT = `SELECT ${isoTextOf('RESET_AT')} AS RESET_AT FROM OFFER_RESET WHERE PROD_ID = :prodId`;

export const READ_STOCK_AND_RESET = `SELECT h.QUANTITY, r.INITIAL_STOCK, ${isoTextOf('r.RESET_AT')} AS RESET_AT
FROM (SELECT :prodId AS PROD_ID FROM DUAL) p
LEFT JOIN HOTDEAL_LIST h ON h.PROD_ID = p.PROD_ID
LEFT JOIN OFFER_RESET r ON r.PROD_ID = p.PROD_ID`;

export const COUNT_ORDERS_BY_PATH = `SELECT ORDER_PATH, COUNT(*) AS ORDERS FROM ORDER_HISTORY WHERE PROD_ID = :prodId GROUP BY ORDER_PATH`;

export const oracleStatements: OfferStatements = {
  begin: '-- no BEGIN in Oracle: the first statement opens the transaction (autoCommit off)',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  selectStockForUpdate: SELECT_STOCK_FOR_UPDATE,
  updateStock: UPDATE_STOCK,
  insertHistory: INSERT_HISTORY,
  insertHistoryBatch: INSERT_HISTORY_BATCH,
  resetStock: RESET_STOCK,
  emptyHistory: EMPTY_HISTORY,
  recordInitialStock: RECORD_INITIAL_STOCK,
};

// ---------------------------------------------------------------------------------------------
// Rows (OUT_FORMAT_OBJECT, upper-case names) into the interface's shapes; pure for the tests.


const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function booksFromOracle(stockRow: OracleRow | undefined, pathRows: readonly OracleRow[]): RelationalBooks {
  const ordersByPath = Object.fromEntries(ORDER_PATHS.map((path) => [path, 0])) as Record<OrderPath, number>;
  for (const row of pathRows) {
    const path = String(row.ORDER_PATH);
    if ((ORDER_PATHS as readonly string[]).includes(path)) ordersByPath[path as OrderPath] = Number(row.ORDERS);
  }
  const resetAt = stockRow?.RESET_AT;
  return {
    initialStock: numberOrNull(stockRow?.INITIAL_STOCK),
    resetAt: typeof resetAt === 'string' ? new Date(resetAt) : null,
    remainingInTable: numberOrNull(stockRow?.QUANTITY),
    ordersByPath,
  };
}

/** What the legacy order does with the stock it read under the row lock. */
export function decideLegacyOrder(quantity: number): { sell: false; result: OrderResult } | { sell: true; newQuantity: number; result: OrderResult } {
  if (quantity <= 0) return { sell: false, result: { outcome: 'out_of_stock', remaining: quantity } };
  return { sell: true, newQuantity: quantity - 1, result: { outcome: 'ordered', remaining: quantity - 1 } };
}

// ---------------------------------------------------------------------------------------------


async function createMissingTables(connection: oracledb.Connection): Promise<void> {
  const existing = new Set((await rowsOf(connection, LIST_OFFER_TABLES, {})).map((row) => String(row.TABLE_NAME)));
  for (const [name, ddl] of Object.entries(offerTableDdl)) {
    if (existing.has(name)) continue;
    try {
      await connection.execute(ddl);
    } catch (error) {
      // Another process created it a moment ago.
      if (!isOracleError(error, ORA.nameInUse)) throw error;
    }
  }
}

export const oracleOfferStore: OfferRelationalStore = {
  engineLabel: 'Oracle Database',
  statements: oracleStatements,

  async ensureSchema(productId, productCount, initialStock) {
    await withOracleConnection(createMissingTables);
    return inOracleTransaction(async (connection) => {
      await connection.execute(LOCK_FOR_SEEDING);
      await connection.execute(SEED_PRODUCTS, { productCount, initialStock });
      const reset = await rowsOf(connection, HAS_RESET, { prodId: productId });
      await connection.commit();
      return { everReset: reset.length > 0 };
    });
  },

  async reset(productId, stock, beforeCommit) {
    return inOracleTransaction(async (connection) => {
      await connection.execute(LOCK_FOR_RESET).catch((error: unknown) => {
        throw resetFailure(error);
      });
      await connection.execute(RESET_STOCK, { stock });
      await connection.execute(EMPTY_HISTORY);
      await connection.execute(RECORD_INITIAL_STOCK, { prodId: productId, stock });
      const [recorded] = await rowsOf(connection, READ_RESET_AT, { prodId: productId });
      // No reset epochs in the Oracle dialect yet: every reset is epoch 0 and the audit counts all rows.
      await beforeCommit(0);
      await connection.commit();
      return { resetAt: new Date(String(recorded?.RESET_AT)), epoch: 0 };
    });
  },

  async orderWithRowLock(productId, pay) {
    return inOracleTransaction<OrderResult>(async (connection) => {
      const [locked] = await rowsOf(connection, SELECT_STOCK_FOR_UPDATE, { prodId: productId });
      if (!locked) throw new Error(`HOTDEAL_LIST has no row for product ${productId}`);
      const decision = decideLegacyOrder(Number(locked.QUANTITY));
      if (!decision.sell) {
        await connection.rollback();
        return decision.result;
      }
      await connection.execute(UPDATE_STOCK, { prodId: productId, quantity: decision.newQuantity });
      await connection.execute(INSERT_HISTORY, { prodId: productId, quantity: 1, orderPath: 'legacy' });
      await pay();
      await connection.commit();
      return decision.result;
    });
  },

  async recordOrders(productId, units) {
    if (units.length === 0) return;
    const paths = units.map((unit) => unit.path);
    // An array DML that fails part-way keeps the rows before the failing one in the open
    // transaction; inOracleTransaction rolls them back, so the statement commits all or none.
    await inOracleTransaction(async (connection) => {
      await connection.executeMany(INSERT_HISTORY_BATCH, historyBatchBinds(productId, paths), { bindDefs: historyBatchBindDefs, autoCommit: true });
    });
  },

  async readBooks(productId): Promise<RelationalBooks> {
    return withOracleConnection(async (connection) => {
      const [stock] = await rowsOf(connection, READ_STOCK_AND_RESET, { prodId: productId });
      const paths = await rowsOf(connection, COUNT_ORDERS_BY_PATH, { prodId: productId });
      return booksFromOracle(stock, paths);
    });
  },
};
