import type { RelationalEngineName } from '@/lib/db/relational/engine';
import type { JoinedLine, PurchaseKey, StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

/**
 * What the purchase-lookup scenario asks of the legacy relational database. One implementation
 * per engine (relational-postgres.ts, relational-oracle.ts), each holding all of its SQL, and
 * get-purchase-store.ts picks one; every
 * statement uses bind variables.
 *
 * Tables (workshop names): customer(customerid, name, address), seller(sellerid, telnumber),
 * product(productid, productname, price, sellerid), purchase(purchaseid, purchaseseq, customerid,
 * productid, quantity, purchasedate) with primary key (purchaseid, purchaseseq) and an index on
 * customerid; the staging table purchase_dynamodb_format (every column a string, primary key
 * (customer_id, purchase_id)); and two bookkeeping tables: the data set's description and the
 * migration checkpoint.
 */
export interface PurchaseStore {
  readonly engine: RelationalEngineName;

  /** Creates the tables when missing (empty); safe to call any number of times. */
  ensureSchema(): Promise<void>;

  /**
   * Replaces the whole data set in one transaction: drops and recreates the four tables, loads
   * them through the engine's bulk path (COPY / array binds, never row by row), adds keys and
   * indexes, empties the staging table and the checkpoint, and records the data set. A failure
   * leaves the previous data set in place.
   */
  replaceDataset(source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void>;

  /**
   * Rebuilds PURCHASE_DYNAMODB_FORMAT with the workshop's pivot, in SQL inside the engine, in
   * purchase-id ranges so progress can be reported. Gives the build a new id and clears the
   * migration checkpoint (a checkpoint belongs to one staging build).
   */
  buildStaging(onProgress: (purchasesDone: number, purchasesTotal: number) => void, signal?: AbortSignal): Promise<StagingBuild>;

  countRows(): Promise<RowCounts>;
  readDatasetInfo(): Promise<DatasetInfo | null>;

  /** The workshop's first query for one purchase: one row per line, in purchaseseq order. */
  findPurchaseLines(key: PurchaseKey): Promise<JoinedLine[]>;
  /** The same join for every purchase of one customer, ordered by purchaseid, purchaseseq. */
  findCustomerPurchaseLines(customerId: string): Promise<JoinedLine[]>;

  /** Staging rows for the given keys (missing keys are simply absent). */
  findStagingRows(keys: readonly PurchaseKey[]): Promise<StagingRow[]>;
  /**
   * Keyset pagination over the staging table in primary-key order (byte order of the strings):
   * the rows strictly after `after`, at most `limit`. This is the migration's cursor; it holds no
   * transaction open and restarts from any checkpointed key.
   */
  readStagingPage(after: PurchaseKey | null, limit: number): Promise<StagingRow[]>;

  /** Up to `count` distinct existing purchase keys, in random order. */
  samplePurchaseKeys(count: number): Promise<PurchaseKey[]>;

  readCheckpoint(): Promise<MigrationCheckpoint | null>;
  writeCheckpoint(checkpoint: MigrationCheckpoint): Promise<void>;
}

export type CustomerRow = [customerid: number, name: string, address: string];
export type SellerRow = [sellerid: number, telnumber: string];
export type ProductRow = [productid: number, productname: string, price: number, sellerid: number];
export type PurchaseLineRow = [
  purchaseid: number,
  purchaseseq: number,
  customerid: number,
  productid: number,
  quantity: number,
  /** YYYY-MM-DD */
  purchasedate: string,
];

/** A generated data set, table by table, in chunks of rows (generated lazily, never all at once). */
export interface DatasetSource {
  seed: number;
  purchases: number;
  counts: { customer: number; seller: number; product: number; purchase: number };
  customers(): Iterable<CustomerRow[]>;
  sellers(): Iterable<SellerRow[]>;
  products(): Iterable<ProductRow[]>;
  purchaseLines(): Iterable<PurchaseLineRow[]>;
}

export type LoadTable = 'customer' | 'seller' | 'product' | 'purchase';

export interface LoadProgress {
  phase: 'schema' | LoadTable | 'indexes';
  /** Rows loaded so far over all tables. */
  rowsLoaded: number;
}

export interface RowCounts {
  customer: number;
  product: number;
  seller: number;
  /** Purchase lines (rows of the purchase table). */
  purchase: number;
  /** Distinct purchases (distinct purchaseid). */
  purchases: number;
  staging: number;
}

export interface DatasetInfo {
  seed: number;
  purchases: number;
  generatedAt: string;
  stagingBuildId: string | null;
  stagingBuiltAt: string | null;
}

export interface StagingBuild {
  buildId: string;
  rows: number;
}

/**
 * How far a migration of one staging build got: every staging row up to and including `after`
 * (in key order) is in DynamoDB.
 */
export interface MigrationCheckpoint {
  stagingBuildId: string;
  after: PurchaseKey | null;
  rowsDone: number;
  totalRows: number;
  completed: boolean;
  updatedAt: string;
}
