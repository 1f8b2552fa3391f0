import 'server-only';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { getPostgresPool } from '@/lib/db/postgres/pool';
import { isPostgresError, postgresBusyConflict, SQLSTATE } from '@/lib/db/postgres/postgres-errors';
import { inTransaction } from '@/lib/db/postgres/transaction';
import { AppError } from '@/lib/http/app-error';
import { shuffleInPlace } from '@/lib/random';
import { stagingColumns, type JoinedLine, type PurchaseKey, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import type {
  DatasetInfo,
  DatasetSource,
  LoadProgress,
  LoadTable,
  MigrationCheckpoint,
  PurchaseStore,
  RowCounts,
  StagingBuild,
} from '@/lib/scenarios/purchase-lookup/relational-store';

/** Serialises schema changes between processes (the app, a bench script, a test). */
const SCHEMA_LOCK = 740_312_001;
const STAGING_CHUNK_PURCHASES = 25_000;

/** Seconds a reload or a staging build waits for another process's schema change (then 409). */
export const RELOAD_LOCK_WAIT_S = 10;
/** Seconds a process's first ensureSchema waits before serving the live tables as they are. */
export const SCHEMA_LOCK_WAIT_S = 5;

export const SCHEMA_BUSY_MESSAGE = 'Another process is reloading the purchase tables or rebuilding the staging table; try again when it has finished.';
const SCHEMA_NOT_READY_MESSAGE = 'Another process is creating or reloading the purchase tables and they are not all in place yet; try again when it has finished.';

/**
 * Takes the schema lock, waiting at most `seconds` (55P03 then); later statements of the
 * transaction wait for their locks as long as they need.
 */
async function takeSchemaLock(client: PoolClient, seconds: number): Promise<void> {
  await client.query(`SET LOCAL lock_timeout = '${Math.floor(seconds)}s'`);
  await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
  await client.query('SET LOCAL lock_timeout TO DEFAULT');
}

/** A schema change that found the lock held for too long answers 409 busy. */
async function changingSchema<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isPostgresError(error, SQLSTATE.lockNotAvailable) ? postgresBusyConflict(SCHEMA_BUSY_MESSAGE) : error;
  }
}

/**
 * A reload and a staging build write into tables of their own (customer_new ...,
 * purchase_dynamodb_format_new) inside their transaction, and only at its end drop the live
 * tables and rename the new ones in place: readers keep the previous data set for the whole
 * load and wait only for the milliseconds of that swap, never for the load itself.
 */
const NEW_SUFFIX = '_new';

const dataTables = ['customer', 'seller', 'product', 'purchase'] as const;

// Key columns collate as "C" so keyset pagination walks byte order on any installation.
const tableDdl = {
  customer: `CREATE TABLE IF NOT EXISTS customer (
    customerid integer NOT NULL,
    name varchar(40) NOT NULL,
    address varchar(200) NOT NULL)`,
  seller: `CREATE TABLE IF NOT EXISTS seller (
    sellerid integer NOT NULL,
    telnumber varchar(20) NOT NULL)`,
  product: `CREATE TABLE IF NOT EXISTS product (
    productid integer NOT NULL,
    productname varchar(100) NOT NULL,
    price integer NOT NULL,
    sellerid integer NOT NULL)`,
  purchase: `CREATE TABLE IF NOT EXISTS purchase (
    purchaseid integer NOT NULL,
    purchaseseq smallint NOT NULL,
    customerid integer NOT NULL,
    productid integer NOT NULL,
    quantity integer NOT NULL,
    purchasedate date NOT NULL)`,
} as const;

/** A table's DDL under another name (`customer_new`): the same columns. */
const renamed = (ddl: string, table: string, suffix: string) => ddl.replace(`CREATE TABLE IF NOT EXISTS ${table} (`, `CREATE TABLE ${table}${suffix} (`);

// Keys and indexes are added after the bulk load: building them once is faster than maintaining
// them row by row. Their names carry the suffix too (index names are unique in a schema), and
// lose it with the swap (keyRenames).
const keys = [
  ['customer', 'customer_pk', 'PRIMARY KEY (customerid)'],
  ['seller', 'seller_pk', 'PRIMARY KEY (sellerid)'],
  ['product', 'product_pk', 'PRIMARY KEY (productid)'],
  ['purchase', 'purchase_pk', 'PRIMARY KEY (purchaseid, purchaseseq)'],
  ['product', 'product_seller_fk', 'FOREIGN KEY (sellerid) REFERENCES seller{s} (sellerid)'],
  ['purchase', 'purchase_customer_fk', 'FOREIGN KEY (customerid) REFERENCES customer{s} (customerid)'],
  ['purchase', 'purchase_product_fk', 'FOREIGN KEY (productid) REFERENCES product{s} (productid)'],
] as const;
const customerIndex = 'purchase_customer_idx';

export function keyDdl(suffix = ''): string[] {
  return [
    ...keys.map(([table, name, definition]) => `ALTER TABLE ${table}${suffix} ADD CONSTRAINT ${name}${suffix} ${definition.replace('{s}', suffix)}`),
    `CREATE INDEX ${customerIndex}${suffix} ON purchase${suffix} (customerid, purchaseid)`,
  ];
}

/**
 * The swap at the end of a reload, inside its transaction: the live tables dropped, the new ones
 * renamed in, their keys and index renamed to the usual names, all catalog work of milliseconds.
 */
export function planDataSwap(): string[] {
  return [
    `DROP TABLE IF EXISTS ${[...dataTables].reverse().join(', ')} CASCADE`,
    ...dataTables.map((table) => `ALTER TABLE ${table}${NEW_SUFFIX} RENAME TO ${table}`),
    ...keys.map(([table, name]) => `ALTER TABLE ${table} RENAME CONSTRAINT ${name}${NEW_SUFFIX} TO ${name}`),
    `ALTER INDEX ${customerIndex}${NEW_SUFFIX} RENAME TO ${customerIndex}`,
  ];
}

const stagingDdl = `CREATE TABLE IF NOT EXISTS purchase_dynamodb_format (
    customer_id varchar(20) COLLATE "C" NOT NULL,
    purchase_id varchar(20) COLLATE "C" NOT NULL,
    purchase_date varchar(10),
    customer_name varchar(40),
    customer_address varchar(200),
    ${[1, 2, 3]
      .map((n) => `purchase_seq_${n} varchar(20), product_name_${n} varchar(100), product_price_${n} varchar(20), quantity_${n} varchar(20), seller_tel_number_${n} varchar(20)`)
      .join(',\n    ')},
    CONSTRAINT purchase_dynamodb_ft_pk PRIMARY KEY (customer_id, purchase_id))`;

/** The staging build's own table: the same columns, its key added after the rows. */
export const CREATE_NEW_STAGING = renamed(stagingDdl, 'purchase_dynamodb_format', NEW_SUFFIX).replace(
  /,\s+CONSTRAINT purchase_dynamodb_ft_pk PRIMARY KEY \(customer_id, purchase_id\)\)$/,
  ')',
);

/** The swap at the end of a staging build, inside its transaction. */
export const STAGING_SWAP = [
  `ALTER TABLE purchase_dynamodb_format${NEW_SUFFIX} ADD CONSTRAINT purchase_dynamodb_ft_pk${NEW_SUFFIX} PRIMARY KEY (customer_id, purchase_id)`,
  'DROP TABLE IF EXISTS purchase_dynamodb_format',
  `ALTER TABLE purchase_dynamodb_format${NEW_SUFFIX} RENAME TO purchase_dynamodb_format`,
  `ALTER TABLE purchase_dynamodb_format RENAME CONSTRAINT purchase_dynamodb_ft_pk${NEW_SUFFIX} TO purchase_dynamodb_ft_pk`,
];

const bookkeepingDdl = [
  `CREATE TABLE IF NOT EXISTS lookup_dataset (
    id smallint PRIMARY KEY CHECK (id = 1),
    seed bigint NOT NULL,
    purchases integer NOT NULL,
    generated_at timestamptz NOT NULL,
    staging_build_id text,
    staging_built_at timestamptz)`,
  `CREATE TABLE IF NOT EXISTS lookup_migration_checkpoint (
    id smallint PRIMARY KEY CHECK (id = 1),
    staging_build_id text NOT NULL,
    last_customer_id varchar(20) COLLATE "C",
    last_purchase_id varchar(20) COLLATE "C",
    rows_done bigint NOT NULL,
    total_rows bigint NOT NULL,
    completed boolean NOT NULL,
    updated_at timestamptz NOT NULL)`,
];

const copyColumns: Record<LoadTable, string> = {
  customer: `customer${NEW_SUFFIX} (customerid, name, address)`,
  seller: `seller${NEW_SUFFIX} (sellerid, telnumber)`,
  product: `product${NEW_SUFFIX} (productid, productname, price, sellerid)`,
  purchase: `purchase${NEW_SUFFIX} (purchaseid, purchaseseq, customerid, productid, quantity, purchasedate)`,
};

const stagingSelectList = stagingColumns.map((column) => `${column.toLowerCase()} AS "${column}"`).join(', ');

// The workshop's pivot, with PostgreSQL's casts to text; a slot without a line keeps the pivot's
// defaults ('0' and '').
const pivotSelect = `
  SELECT c.customerid::text, pc.purchaseid::text, to_char(pc.purchasedate, 'YYYY-MM-DD'), c.name, c.address,
    ${[1, 2, 3]
      .map(
        (n) => `MAX(CASE WHEN pc.purchaseseq = ${n} THEN pc.purchaseseq ELSE 0 END)::text,
    MAX(CASE WHEN pc.purchaseseq = ${n} THEN pd.productname ELSE '' END),
    MAX(CASE WHEN pc.purchaseseq = ${n} THEN pd.price ELSE 0 END)::text,
    MAX(CASE WHEN pc.purchaseseq = ${n} THEN pc.quantity ELSE 0 END)::text,
    MAX(CASE WHEN pc.purchaseseq = ${n} THEN s.telnumber ELSE '' END)`,
      )
      .join(',\n    ')}
  FROM purchase pc
    INNER JOIN customer c ON pc.customerid = c.customerid
    INNER JOIN product pd ON pc.productid = pd.productid
    INNER JOIN seller s ON pd.sellerid = s.sellerid
  WHERE pc.purchaseid BETWEEN $1 AND $2
  GROUP BY c.customerid, pc.purchaseid, pc.purchasedate, c.name, c.address`;

// The workshop's first query.
const joinSelect = `
  SELECT c.customerid, pc.purchaseid, pc.purchaseseq, pd.productname, pd.price, pc.quantity, s.telnumber,
         to_char(pc.purchasedate, 'YYYY-MM-DD') AS purchasedate, c.name, c.address
  FROM purchase pc
    INNER JOIN customer c ON pc.customerid = c.customerid
    INNER JOIN product pd ON pc.productid = pd.productid
    INNER JOIN seller s ON pd.sellerid = s.sellerid`;

/** The lookup's join for one purchase, exactly as served (the cost panel EXPLAINs this same statement). */
export function purchaseLinesQuery(key: PurchaseKey): { name: string; text: string; values: number[] } {
  return {
    name: 'lookup-purchase-lines',
    text: `${joinSelect} WHERE pc.customerid = $1 AND pc.purchaseid = $2 ORDER BY pc.purchaseseq`,
    values: [Number(key.customerId), Number(key.purchaseId)],
  };
}

/** COPY text format: tab-separated, one row a line, with backslash escapes. */
function copyText(rows: readonly (readonly (string | number)[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (i > 0) out += '\t';
      out += typeof value === 'number' ? String(value) : escapeCopy(value ?? '');
    }
    out += '\n';
  }
  return out;
}

function escapeCopy(value: string): string {
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}

/**
 * Gives waiting I/O (the workload routes) its turn once ~10 ms of synchronous work has gone by.
 * A timer, not setImmediate: inside Next's handlers setImmediate is patched to run "fast", before
 * pending I/O, which turned every yield into none and stalled the lean path for seconds.
 */
const YIELD_EVERY_MS = 10;
let lastYield = performance.now();
async function yieldToEventLoop(): Promise<void> {
  if (performance.now() - lastYield < YIELD_EVERY_MS) return;
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  lastYield = performance.now();
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('Aborted');
}

function toCheckpoint(row: Record<string, unknown>): MigrationCheckpoint {
  const customerId = row.last_customer_id as string | null;
  const purchaseId = row.last_purchase_id as string | null;
  return {
    stagingBuildId: row.staging_build_id as string,
    after: customerId !== null && purchaseId !== null ? { customerId, purchaseId } : null,
    rowsDone: Number(row.rows_done),
    totalRows: Number(row.total_rows),
    completed: row.completed as boolean,
    updatedAt: (row.updated_at as Date).toISOString(),
  };
}

export class PostgresPurchaseStore implements PurchaseStore {
  readonly engine = 'postgres' as const;

  /**
   * Creates what is missing under the schema lock. When another process holds it (its reload
   * running), this process does not wait for the whole reload: with the tables all there it
   * serves them as they are, else it answers 503.
   */
  async ensureSchema(): Promise<void> {
    try {
      await this.createMissingTables();
    } catch (error) {
      if (!isPostgresError(error, SQLSTATE.lockNotAvailable)) throw error;
      const names = [...dataTables, 'purchase_dynamodb_format', 'lookup_dataset', 'lookup_migration_checkpoint'];
      const found = await getPostgresPool().query(`SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`, [names]);
      if (found.rowCount !== names.length) throw new AppError('unavailable', SCHEMA_NOT_READY_MESSAGE, { reason: 'reloading' });
    }
  }

  private async createMissingTables(): Promise<void> {
    await inTransaction(async (client) => {
      await takeSchemaLock(client, SCHEMA_LOCK_WAIT_S);
      const existing = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1::text[])`,
        [Object.keys(tableDdl)],
      );
      // A fresh database gets empty tables with their keys, so lookups answer 404 instead of failing.
      if (existing.rowCount === 0) {
        for (const ddl of Object.values(tableDdl)) await client.query(ddl);
        for (const ddl of keyDdl()) await client.query(ddl);
      }
      await client.query(stagingDdl);
      for (const ddl of bookkeepingDdl) await client.query(ddl);
    });
  }

  async replaceDataset(source: DatasetSource, onProgress: (progress: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
    await changingSchema(inTransaction(async (client) => {
      await takeSchemaLock(client, RELOAD_LOCK_WAIT_S);
      onProgress({ phase: 'schema', rowsLoaded: 0 });
      for (const table of dataTables) await client.query(renamed(tableDdl[table], table, NEW_SUFFIX));

      let rowsLoaded = 0;
      const load = async (table: LoadTable, chunks: Iterable<readonly (readonly (string | number)[])[]>) => {
        onProgress({ phase: table, rowsLoaded });
        // FREEZE: the table was created in this transaction, so its rows can be written frozen.
        const stream = client.query(copyFrom(`COPY ${copyColumns[table]} FROM STDIN WITH (FREEZE)`));
        const done = finished(stream);
        done.catch(() => undefined);
        try {
          for (const rows of chunks) {
            throwIfAborted(signal);
            if (!stream.write(copyText(rows))) await once(stream, 'drain');
            rowsLoaded += rows.length;
            onProgress({ phase: table, rowsLoaded });
            // Making a chunk is synchronous work: give the workload routes their turn after each
            // one, so the lean path keeps answering while millions of rows are generated.
            await yieldToEventLoop();
          }
          stream.end();
        } catch (error) {
          stream.destroy(error as Error);
          throw error;
        }
        await done;
      };
      await load('customer', source.customers());
      await load('seller', source.sellers());
      await load('product', source.products());
      await load('purchase', source.purchaseLines());

      throwIfAborted(signal);
      onProgress({ phase: 'indexes', rowsLoaded });
      for (const ddl of keyDdl(NEW_SUFFIX)) await client.query(ddl);
      await client.query(stagingDdl);
      for (const ddl of bookkeepingDdl) await client.query(ddl);
      // From here to the commit the live tables are locked: catalog work and one TRUNCATE only.
      for (const ddl of planDataSwap()) await client.query(ddl);
      await client.query('TRUNCATE purchase_dynamodb_format');
      await client.query('DELETE FROM lookup_migration_checkpoint');
      await client.query(
        `INSERT INTO lookup_dataset (id, seed, purchases, generated_at, staging_build_id, staging_built_at)
         VALUES (1, $1, $2, now(), NULL, NULL)
         ON CONFLICT (id) DO UPDATE SET seed = EXCLUDED.seed, purchases = EXCLUDED.purchases,
           generated_at = EXCLUDED.generated_at, staging_build_id = NULL, staging_built_at = NULL`,
        [source.seed, source.purchases],
      );
    }));
    // Fresh statistics so the planner picks the indexes for the lookups straight away.
    await getPostgresPool().query('ANALYZE customer, seller, product, purchase');
  }

  async buildStaging(onProgress: (purchasesDone: number, purchasesTotal: number) => void, signal?: AbortSignal): Promise<StagingBuild> {
    const buildId = randomUUID();
    const rows = await changingSchema(inTransaction(async (client) => {
      // A staging build must not interleave with a reload (it would swap in rows of the old data set).
      await takeSchemaLock(client, RELOAD_LOCK_WAIT_S);
      const range = await client.query<{ min: number | null; max: number | null; purchases: string }>(
        'SELECT min(purchaseid) AS min, max(purchaseid) AS max, count(DISTINCT purchaseid) AS purchases FROM purchase',
      );
      const { min, max } = range.rows[0] ?? { min: null, max: null };
      const total = Number(range.rows[0]?.purchases ?? 0);
      await client.query(CREATE_NEW_STAGING);
      onProgress(0, total);
      let inserted = 0;
      if (min !== null && max !== null) {
        for (let from = min; from <= max; from += STAGING_CHUNK_PURCHASES) {
          throwIfAborted(signal);
          const to = Math.min(max, from + STAGING_CHUNK_PURCHASES - 1);
          const result = await client.query(`INSERT INTO purchase_dynamodb_format${NEW_SUFFIX} ${pivotSelect}`, [from, to]);
          inserted += result.rowCount ?? 0;
          onProgress(inserted, total);
        }
      }
      throwIfAborted(signal);
      // Readers of the staging table (a migration, the explorer) wait only from here to the commit.
      for (const ddl of STAGING_SWAP) await client.query(ddl);
      await client.query('UPDATE lookup_dataset SET staging_build_id = $1, staging_built_at = now() WHERE id = 1', [buildId]);
      await client.query('DELETE FROM lookup_migration_checkpoint');
      return inserted;
    }));
    await getPostgresPool().query('ANALYZE purchase_dynamodb_format');
    return { buildId, rows };
  }

  async countRows(): Promise<RowCounts> {
    const result = await getPostgresPool().query<Record<keyof RowCounts, string>>(
      `SELECT (SELECT count(*) FROM customer) AS customer,
              (SELECT count(*) FROM product) AS product,
              (SELECT count(*) FROM seller) AS seller,
              (SELECT count(*) FROM purchase) AS purchase,
              (SELECT count(DISTINCT purchaseid) FROM purchase) AS purchases,
              (SELECT count(*) FROM purchase_dynamodb_format) AS staging`,
    );
    const row = result.rows[0]!;
    return {
      customer: Number(row.customer),
      product: Number(row.product),
      seller: Number(row.seller),
      purchase: Number(row.purchase),
      purchases: Number(row.purchases),
      staging: Number(row.staging),
    };
  }

  async readDatasetInfo(): Promise<DatasetInfo | null> {
    const result = await getPostgresPool().query<{
      seed: string;
      purchases: number;
      generated_at: Date;
      staging_build_id: string | null;
      staging_built_at: Date | null;
    }>('SELECT seed, purchases, generated_at, staging_build_id, staging_built_at FROM lookup_dataset WHERE id = 1');
    const row = result.rows[0];
    if (!row) return null;
    return {
      seed: Number(row.seed),
      purchases: row.purchases,
      generatedAt: row.generated_at.toISOString(),
      stagingBuildId: row.staging_build_id,
      stagingBuiltAt: row.staging_built_at?.toISOString() ?? null,
    };
  }

  async findPurchaseLines(key: PurchaseKey): Promise<JoinedLine[]> {
    const result = await getPostgresPool().query<JoinedLine>(purchaseLinesQuery(key));
    return result.rows;
  }

  async findCustomerPurchaseLines(customerId: string): Promise<JoinedLine[]> {
    const result = await getPostgresPool().query<JoinedLine>({
      name: 'lookup-customer-lines',
      text: `${joinSelect} WHERE pc.customerid = $1 ORDER BY pc.purchaseid, pc.purchaseseq`,
      values: [Number(customerId)],
    });
    return result.rows;
  }

  async findStagingRows(keys: readonly PurchaseKey[]): Promise<StagingRow[]> {
    if (keys.length === 0) return [];
    const result = await getPostgresPool().query<StagingRow>(
      `SELECT ${stagingSelectList} FROM purchase_dynamodb_format
       WHERE (customer_id, purchase_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [keys.map((k) => k.customerId), keys.map((k) => k.purchaseId)],
    );
    return result.rows;
  }

  async readStagingPage(after: PurchaseKey | null, limit: number): Promise<StagingRow[]> {
    const result = after
      ? await getPostgresPool().query<StagingRow>({
          name: 'lookup-staging-page-after',
          text: `SELECT ${stagingSelectList} FROM purchase_dynamodb_format
                 WHERE (customer_id, purchase_id) > ($1, $2) ORDER BY customer_id, purchase_id LIMIT $3`,
          values: [after.customerId, after.purchaseId, limit],
        })
      : await getPostgresPool().query<StagingRow>({
          name: 'lookup-staging-page-first',
          text: `SELECT ${stagingSelectList} FROM purchase_dynamodb_format ORDER BY customer_id, purchase_id LIMIT $1`,
          values: [limit],
        });
    return result.rows;
  }

  async samplePurchaseKeys(count: number): Promise<PurchaseKey[]> {
    const wanted = Math.max(0, Math.floor(count));
    if (wanted === 0) return [];
    const pool = getPostgresPool();
    const range = await pool.query<{ min: number | null; max: number | null }>('SELECT min(purchaseid) AS min, max(purchaseid) AS max FROM purchase');
    const { min, max } = range.rows[0] ?? { min: null, max: null };
    if (min === null || max === null) return [];
    const span = max - min + 1;
    let rows: { customerid: number; purchaseid: number }[];
    if (wanted * 2 >= span) {
      rows = (
        await pool.query<{ customerid: number; purchaseid: number }>(
          'SELECT DISTINCT ON (purchaseid) purchaseid, customerid FROM purchase ORDER BY purchaseid',
        )
      ).rows;
    } else {
      // Random ids in the id range probe the primary key; far cheaper than ORDER BY random().
      const ids = new Set<number>();
      const target = Math.min(span, Math.ceil(wanted * 1.2) + 8);
      while (ids.size < target) ids.add(min + Math.floor(Math.random() * span));
      rows = (
        await pool.query<{ customerid: number; purchaseid: number }>(
          'SELECT DISTINCT ON (purchaseid) purchaseid, customerid FROM purchase WHERE purchaseid = ANY($1::int[]) ORDER BY purchaseid',
          [[...ids]],
        )
      ).rows;
    }
    shuffleInPlace(rows);
    return rows.slice(0, wanted).map((row) => ({ customerId: String(row.customerid), purchaseId: String(row.purchaseid) }));
  }

  async readCheckpoint(): Promise<MigrationCheckpoint | null> {
    const result = await getPostgresPool().query('SELECT * FROM lookup_migration_checkpoint WHERE id = 1');
    const row = result.rows[0] as Record<string, unknown> | undefined;
    return row ? toCheckpoint(row) : null;
  }

  async writeCheckpoint(checkpoint: MigrationCheckpoint): Promise<void> {
    await getPostgresPool().query(
      `INSERT INTO lookup_migration_checkpoint
         (id, staging_build_id, last_customer_id, last_purchase_id, rows_done, total_rows, completed, updated_at)
       VALUES (1, $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET staging_build_id = EXCLUDED.staging_build_id,
         last_customer_id = EXCLUDED.last_customer_id, last_purchase_id = EXCLUDED.last_purchase_id,
         rows_done = EXCLUDED.rows_done, total_rows = EXCLUDED.total_rows, completed = EXCLUDED.completed,
         updated_at = EXCLUDED.updated_at`,
      [
        checkpoint.stagingBuildId,
        checkpoint.after?.customerId ?? null,
        checkpoint.after?.purchaseId ?? null,
        checkpoint.rowsDone,
        checkpoint.totalRows,
        checkpoint.completed,
        checkpoint.updatedAt,
      ],
    );
  }
}
