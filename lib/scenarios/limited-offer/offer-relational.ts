import type { OrderPath, OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';

/**
 * The statements an engine sends, exactly as sent (bind variables, not values), so the page can
 * show what each order path really runs. The dialect file defines them as exported constants
 * and its implementation passes the same constants to the driver.
 */
export interface OfferStatements {
  begin: string;
  commit: string;
  rollback: string;
  /** Legacy: lock the hot row and read its stock. Binds: product id. */
  selectStockForUpdate: string;
  /** Legacy: write the decremented stock. Binds: product id, new quantity. */
  updateStock: string;
  /** Legacy: the order's history row. Binds: product id, quantity (1), order path. */
  insertHistory: string;
  /**
   * Redis paths: the history rows of several orders in one statement (a group commit).
   * Binds: product id, the quantities, the order paths (arrays of equal length).
   */
  insertHistoryBatch: string;
  /** Reset: every product's stock to N (the workshop's purge updates 1,000 rows). Binds: N. */
  resetStock: string;
  /** Reset: history emptied (the workshop's purge truncates it). */
  emptyHistory: string;
  /** Reset: remember N so the audit knows the initial stock. Binds: product id, N. */
  recordInitialStock: string;
}

/** What the audit reads from the relational side. */
export interface RelationalBooks {
  /** The stock of the last reset; null before the first reset. */
  initialStock: number | null;
  resetAt: Date | null;
  /** QUANTITY of the hot product in HOTDEAL_LIST; null if the row is missing. */
  remainingInTable: number | null;
  /** ORDER_HISTORY rows of the hot product, per order path. */
  ordersByPath: Record<OrderPath, number>;
}

/**
 * The limited-offer scenario's relational operations: one implementation per engine
 * (relational-postgres.ts, relational-oracle.ts), picked once by configuration
 * (get-offer-store.ts).
 *
 * Tables (names as in the workshop; an engine may add columns it needs, never drop these):
 *   HOTDEAL_LIST  (PROD_ID integer primary key, QUANTITY integer)
 *   ORDER_HISTORY (ORDER_TIME timestamp, PROD_ID integer, QUANTITY integer, ORDER_PATH 'legacy'|'redis'|'naive')
 *   OFFER_RESET   (PROD_ID integer primary key, INITIAL_STOCK integer, RESET_AT timestamp)
 *
 * Every method takes a connection from the engine's pool and always gives it back; a failure
 * rolls the open transaction back and rethrows the driver's error (the HTTP layer maps
 * "backend unreachable" errors to 503).
 */
export interface OfferRelationalStore {
  /** Shown on the page beside the statements, e.g. "PostgreSQL". */
  readonly engineLabel: string;
  readonly statements: OfferStatements;

  /**
   * Creates the three tables when missing and seeds PRODUCT_COUNT products with `initialStock`.
   * Idempotent and safe to run from two processes at once. Returns whether a reset was ever
   * recorded (an OFFER_RESET row exists for `productId`).
   */
  ensureSchema(productId: number, productCount: number, initialStock: number): Promise<{ everReset: boolean }>;

  /**
   * One transaction: every product's stock set to `stock`, ORDER_HISTORY emptied, `stock`
   * recorded as the initial stock. `beforeCommit` (the Redis SET) runs inside it, so when it
   * fails the table is rolled back and both stores keep their old values.
   */
  reset(productId: number, stock: number, beforeCommit: () => Promise<void>): Promise<{ resetAt: Date }>;

  /**
   * The legacy order, one transaction: BEGIN; selectStockForUpdate; if stock > 0: updateStock,
   * insertHistory (path 'legacy'), `pay()`, COMMIT; else ROLLBACK. Rollback on any error.
   * Never oversells: the row lock serialises every order of the product.
   */
  orderWithRowLock(productId: number, pay: () => Promise<void>): Promise<OrderResult>;

  /**
   * Records the units sold by Redis paths, one history row per entry of `paths`, in one
   * statement that commits all or none (insertHistoryBatch, autocommit). Throws if it did not
   * commit, so the callers can give their units back to Redis.
   */
  recordOrders(productId: number, paths: Exclude<OrderPath, 'legacy'>[]): Promise<void>;

  readBooks(productId: number): Promise<RelationalBooks>;
}
