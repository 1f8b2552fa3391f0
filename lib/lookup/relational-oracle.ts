import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { PurchaseStore } from '@/lib/lookup/relational-store';

const notYet = (): never => {
  throw new AppError('unavailable', 'The Oracle adapter of the purchase lookup is not implemented yet; use RELATIONAL_ENGINE=postgres.');
};

/**
 * Placeholder until the Oracle dialect is written from the PurchaseStore interface (see
 * relational-postgres.ts for the reference SQL: COPY becomes executeMany with array binds, the
 * keyset page a row-value comparison with NLS_SORT=BINARY, the upserts MERGE).
 */
export class OraclePurchaseStore implements PurchaseStore {
  readonly engine = 'oracle' as const;
  ensureSchema = async () => notYet();
  replaceDataset = async () => notYet();
  buildStaging = async () => notYet();
  countRows = async () => notYet();
  readDatasetInfo = async () => notYet();
  findPurchaseLines = async () => notYet();
  findCustomerPurchaseLines = async () => notYet();
  findStagingRows = async () => notYet();
  readStagingPage = async () => notYet();
  samplePurchaseKeys = async () => notYet();
  readCheckpoint = async () => notYet();
  writeCheckpoint = async () => notYet();
}
