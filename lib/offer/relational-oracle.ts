import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { OfferRelationalStore, OfferStatements } from '@/lib/offer/offer-relational';

/*
 * Oracle dialect of the limited-offer scenario: NOT WRITTEN YET. It implements the interface in
 * offer-relational.ts with getOraclePool() and bind variables, e.g.
 *   SELECT QUANTITY FROM HOTDEAL_LIST WHERE PROD_ID = :1 FOR UPDATE
 *   UPDATE HOTDEAL_LIST SET QUANTITY = :2 WHERE PROD_ID = :1
 *   INSERT INTO ORDER_HISTORY (ORDER_TIME, PROD_ID, QUANTITY, ORDER_PATH) VALUES (SYSTIMESTAMP, :1, :2, :3)
 * (recordOrders with connection.executeMany; empty the history with DELETE, not TRUNCATE, which
 * commits on its own in Oracle).
 * Until then every operation answers 503 with this reason, and the page says so.
 */

const reason = 'The limited-offer scenario has no Oracle dialect yet (lib/offer/relational-oracle.ts); run it with RELATIONAL_ENGINE=postgres.';

const notWritten = (): never => {
  throw new AppError('unavailable', reason);
};

const placeholder = `-- ${reason}`;

const statements: OfferStatements = {
  begin: placeholder,
  commit: placeholder,
  rollback: placeholder,
  selectStockForUpdate: placeholder,
  updateStock: placeholder,
  insertHistory: placeholder,
  insertHistoryBatch: placeholder,
  resetStock: placeholder,
  emptyHistory: placeholder,
  recordInitialStock: placeholder,
};

export const oracleOfferStore: OfferRelationalStore = {
  engineLabel: 'Oracle (not written yet)',
  statements,
  ensureSchema: async () => notWritten(),
  reset: async () => notWritten(),
  orderWithRowLock: async () => notWritten(),
  recordOrders: async () => notWritten(),
  readBooks: async () => notWritten(),
};
