import 'server-only';
import { getPostgresPool } from '@/lib/db/postgres/pool';
import { isPostgresError, postgresBusyConflict, SQLSTATE } from '@/lib/db/postgres/postgres-errors';
import { inTransaction } from '@/lib/db/postgres/transaction';
import { ORDER_PATHS, RESET_BUSY_MESSAGE, RESET_LOCK_WAIT_S, type OrderPath, type OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';
import type { OfferRelationalStore, OfferStatements, RelationalBooks } from '@/lib/scenarios/limited-offer/offer-relational';

/*
 * PostgreSQL dialect of the limited-offer scenario. Identifiers are unquoted, so PostgreSQL folds
 * them to lower case and the SQL reads like the workshop's Oracle SQL.
 */

const CREATE_HOTDEAL_LIST = `CREATE TABLE IF NOT EXISTS HOTDEAL_LIST (
  PROD_ID  integer PRIMARY KEY,
  QUANTITY integer NOT NULL
)`;

const CREATE_ORDER_HISTORY = `CREATE TABLE IF NOT EXISTS ORDER_HISTORY (
  ORDER_TIME timestamptz NOT NULL,
  PROD_ID    integer NOT NULL,
  QUANTITY   integer NOT NULL,
  ORDER_PATH text NOT NULL CHECK (ORDER_PATH IN ('legacy', 'redis', 'naive')),
  RESET_EPOCH bigint NOT NULL DEFAULT 0
)`;

const CREATE_OFFER_RESET = `CREATE TABLE IF NOT EXISTS OFFER_RESET (
  PROD_ID       integer PRIMARY KEY,
  INITIAL_STOCK integer NOT NULL,
  RESET_AT      timestamptz NOT NULL,
  RESET_EPOCH   bigint NOT NULL DEFAULT 0
)`;

// Tables made before reset epochs get the column; rows already there belong to epoch 0.
const ADD_HISTORY_EPOCH = `ALTER TABLE ORDER_HISTORY ADD COLUMN IF NOT EXISTS RESET_EPOCH bigint NOT NULL DEFAULT 0`;
const ADD_RESET_EPOCH = `ALTER TABLE OFFER_RESET ADD COLUMN IF NOT EXISTS RESET_EPOCH bigint NOT NULL DEFAULT 0`;

const CURRENT_EPOCH = `COALESCE((SELECT RESET_EPOCH FROM OFFER_RESET WHERE PROD_ID = $1), 0)`;

// Two processes (the app and a bench server) may create the schema at the same moment;
// CREATE TABLE IF NOT EXISTS alone can then fail on the catalog's unique index.
const LOCK_SCHEMA = `SELECT pg_advisory_xact_lock(hashtext('db-showdown.offer-schema'))`;

const SEED_PRODUCTS = `INSERT INTO HOTDEAL_LIST (PROD_ID, QUANTITY)
SELECT g, $2 FROM generate_series(1, $1::integer) AS g
ON CONFLICT (PROD_ID) DO NOTHING`;

const HAS_RESET = `SELECT 1 FROM OFFER_RESET WHERE PROD_ID = $1`;

const SELECT_STOCK_FOR_UPDATE = `SELECT QUANTITY FROM HOTDEAL_LIST WHERE PROD_ID = $1 FOR UPDATE`;

const UPDATE_STOCK = `UPDATE HOTDEAL_LIST SET QUANTITY = $2 WHERE PROD_ID = $1`;

// Read under the hot row's lock: a reset waits for that lock before it starts the next epoch.
const INSERT_HISTORY = `INSERT INTO ORDER_HISTORY (ORDER_TIME, PROD_ID, QUANTITY, ORDER_PATH, RESET_EPOCH)
SELECT CURRENT_TIMESTAMP, $1::integer, $2::integer, $3::text, ${CURRENT_EPOCH}`;

const INSERT_HISTORY_BATCH = `INSERT INTO ORDER_HISTORY (ORDER_TIME, PROD_ID, QUANTITY, ORDER_PATH, RESET_EPOCH)
SELECT CURRENT_TIMESTAMP, $1, q, p, e FROM unnest($2::integer[], $3::text[], $4::bigint[]) AS t(q, p, e)`;

const RESET_STOCK = `UPDATE HOTDEAL_LIST SET QUANTITY = $1`;

const EMPTY_HISTORY = `TRUNCATE TABLE ORDER_HISTORY`;

const RECORD_INITIAL_STOCK = `INSERT INTO OFFER_RESET (PROD_ID, INITIAL_STOCK, RESET_AT, RESET_EPOCH) VALUES ($1, $2, CURRENT_TIMESTAMP, 1)
ON CONFLICT (PROD_ID) DO UPDATE SET INITIAL_STOCK = EXCLUDED.INITIAL_STOCK, RESET_AT = EXCLUDED.RESET_AT, RESET_EPOCH = OFFER_RESET.RESET_EPOCH + 1
RETURNING RESET_AT, RESET_EPOCH`;

// A reset waits for running orders (TRUNCATE needs the table to itself); it gives up rather than
// queue every later order behind it indefinitely.
export const RESET_LOCK_TIMEOUT = `SET LOCAL lock_timeout = '${RESET_LOCK_WAIT_S}s'`;

/** A reset's failure as the caller should see it: a lock wait that ran out (55P03) is a busy conflict. */
export function resetFailure(error: unknown): unknown {
  return isPostgresError(error, SQLSTATE.lockNotAvailable) ? postgresBusyConflict(RESET_BUSY_MESSAGE) : error;
}

const READ_STOCK_AND_RESET = `SELECT h.QUANTITY, r.INITIAL_STOCK, r.RESET_AT
FROM (SELECT $1::integer AS PROD_ID) p
LEFT JOIN HOTDEAL_LIST h ON h.PROD_ID = p.PROD_ID
LEFT JOIN OFFER_RESET r ON r.PROD_ID = p.PROD_ID`;

const READ_BOOKS_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

const COUNT_ORDERS_BY_PATH = `SELECT ORDER_PATH, COUNT(*) AS ORDERS FROM ORDER_HISTORY
WHERE PROD_ID = $1 AND RESET_EPOCH = ${CURRENT_EPOCH} GROUP BY ORDER_PATH`;

const postgresStatements: OfferStatements = {
  begin: 'BEGIN',
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

export const postgresOfferStore: OfferRelationalStore = {
  engineLabel: 'PostgreSQL',
  statements: postgresStatements,

  async ensureSchema(productId, productCount, initialStock) {
    return inTransaction(async (client) => {
      await client.query(LOCK_SCHEMA);
      await client.query(CREATE_HOTDEAL_LIST);
      await client.query(CREATE_ORDER_HISTORY);
      await client.query(CREATE_OFFER_RESET);
      await client.query(ADD_HISTORY_EPOCH);
      await client.query(ADD_RESET_EPOCH);
      await client.query(SEED_PRODUCTS, [productCount, initialStock]);
      const reset = await client.query(HAS_RESET, [productId]);
      return { everReset: (reset.rowCount ?? 0) > 0 };
    });
  },

  async reset(productId, stock, beforeCommit) {
    return inTransaction(async (client) => {
      await client.query(RESET_LOCK_TIMEOUT);
      const recorded = await (async () => {
        await client.query(RESET_STOCK, [stock]);
        await client.query(EMPTY_HISTORY);
        return client.query<{ reset_at: Date; reset_epoch: string }>(RECORD_INITIAL_STOCK, [productId, stock]);
      })().catch((error: unknown) => {
        throw resetFailure(error);
      });
      const epoch = Number(recorded.rows[0]!.reset_epoch);
      // The Redis SET runs inside the transaction: when it fails, the table rolls back too.
      await beforeCommit(epoch);
      return { resetAt: recorded.rows[0]!.reset_at, epoch };
    });
  },

  async orderWithRowLock(productId, pay) {
    return inTransaction<OrderResult>(async (client, transaction) => {
      const locked = await client.query<{ quantity: number }>(SELECT_STOCK_FOR_UPDATE, [productId]);
      const row = locked.rows[0];
      if (!row) throw new Error(`HOTDEAL_LIST has no row for product ${productId}`);
      if (row.quantity <= 0) {
        await transaction.rollback();
        return { outcome: 'out_of_stock', remaining: row.quantity };
      }
      const remaining = row.quantity - 1;
      await client.query(UPDATE_STOCK, [productId, remaining]);
      await client.query(INSERT_HISTORY, [productId, 1, 'legacy']);
      await pay();
      return { outcome: 'ordered', remaining };
    });
  },

  async recordOrders(productId, units) {
    await getPostgresPool().query(INSERT_HISTORY_BATCH, [productId, units.map(() => 1), units.map((unit) => unit.path), units.map((unit) => unit.epoch)]);
  },

  async readBooks(productId): Promise<RelationalBooks> {
    // Both reads in one snapshot: read separately, an order committing between them shows as a
    // history row without its decrement (or the reverse), and a balanced book looks unbalanced.
    const client = await getPostgresPool().connect();
    let stock;
    let orders;
    let broken: Error | undefined;
    try {
      await client.query(READ_BOOKS_SNAPSHOT);
      stock = await client.query<{ quantity: number | null; initial_stock: number | null; reset_at: Date | null }>(READ_STOCK_AND_RESET, [productId]);
      orders = await client.query<{ order_path: string; orders: string }>(COUNT_ORDERS_BY_PATH, [productId]);
      await client.query(postgresStatements.commit);
    } catch (error) {
      await client.query(postgresStatements.rollback).catch((rollbackError: unknown) => {
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      });
      throw error;
    } finally {
      client.release(broken);
    }
    const ordersByPath = Object.fromEntries(ORDER_PATHS.map((path) => [path, 0])) as Record<OrderPath, number>;
    for (const row of orders.rows) {
      if ((ORDER_PATHS as readonly string[]).includes(row.order_path)) ordersByPath[row.order_path as OrderPath] = Number(row.orders);
    }
    const first = stock.rows[0];
    return {
      initialStock: first?.initial_stock ?? null,
      resetAt: first?.reset_at ?? null,
      remainingInTable: first?.quantity ?? null,
      ordersByPath,
    };
  },
};
