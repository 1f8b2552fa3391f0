import 'server-only';
import oracledb from 'oracledb';
import { assertIsoUtc, identifier, inBatches } from '@/lib/db/oracle/sql-text';
import { LOAD_BATCH_ROWS } from '@/lib/scenarios/purchase-lookup/oracle/schema';
import { STAGING_FIRST_PAGE, STAGING_PAGE_AFTER } from '@/lib/scenarios/purchase-lookup/oracle/statements';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import type { DatasetSource, LoadTable, MigrationCheckpoint } from '@/lib/scenarios/purchase-lookup/relational-store';

/** The binds of the lookup's Oracle statements, and the bind definitions of the bulk loads. */

export interface LoadSpec {
  sql: (tableName: string) => string;
  bindDefs: oracledb.BindDefinition[];
}

// Bind maxSize is in bytes: four per character covers any AL32UTF8 text of the column's length.
export const text = (chars: number): oracledb.BindDefinition => ({ type: oracledb.STRING, maxSize: chars * 4 });

export const number: oracledb.BindDefinition = { type: oracledb.NUMBER };

/** The bulk-load INSERT of each table: positional binds in the generator's column order. */
export const loadSpecs: Record<LoadTable, LoadSpec> = {
  customer: {
    sql: (name) => `INSERT INTO ${identifier(name)} (CUSTOMERID, NAME, ADDRESS) VALUES (:1, :2, :3)`,
    bindDefs: [number, text(40), text(200)],
  },
  seller: {
    sql: (name) => `INSERT INTO ${identifier(name)} (SELLERID, TELNUMBER) VALUES (:1, :2)`,
    bindDefs: [number, text(20)],
  },
  product: {
    sql: (name) => `INSERT INTO ${identifier(name)} (PRODUCTID, PRODUCTNAME, PRICE, SELLERID) VALUES (:1, :2, :3, :4)`,
    bindDefs: [number, text(100), number, number],
  },
  purchase: {
    sql: (name) =>
      `INSERT INTO ${identifier(name)} (PURCHASEID, PURCHASESEQ, CUSTOMERID, PRODUCTID, QUANTITY, PURCHASEDATE) VALUES (:1, :2, :3, :4, :5, TO_DATE(:6, 'YYYY-MM-DD'))`,
    bindDefs: [number, number, number, number, number, text(10)],
  },
};

/** The executeMany calls of one chunk of generated rows: LOAD_BATCH_ROWS rows each. */
export function loadBatches<T>(rows: readonly T[]): T[][] {
  return inBatches(rows, LOAD_BATCH_ROWS);
}

export const datasetBinds = (source: Pick<DatasetSource, 'seed' | 'purchases'>) => ({ seed: source.seed, purchases: source.purchases });

export const pivotBinds = (fromId: number, toId: number) => ({ fromId, toId });

/** Inclusive purchase-id ranges of at most `size` ids covering min..max. */
export function idRanges(min: number, max: number, size: number): Array<[from: number, to: number]> {
  const ranges: Array<[number, number]> = [];
  for (let from = min; from <= max; from += size) ranges.push([from, Math.min(max, from + size - 1)]);
  return ranges;
}

export const purchaseLinesBinds = (key: PurchaseKey) => ({ customerId: Number(key.customerId), purchaseId: Number(key.purchaseId) });

export const customerLinesBinds = (customerId: string) => ({ customerId: Number(customerId) });

/** The keyset page after `after` (or the first page): the statement and its binds. */
export function stagingPageStatement(after: PurchaseKey | null, limit: number): { sql: string; binds: Record<string, string | number> } {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('page size must be a positive integer');
  return after
    ? { sql: STAGING_PAGE_AFTER, binds: { customerId: after.customerId, purchaseId: after.purchaseId, pageSize: limit } }
    : { sql: STAGING_FIRST_PAGE, binds: { pageSize: limit } };
}

export function stagingKeyBinds(keys: readonly PurchaseKey[]): Record<string, string> {
  const binds: Record<string, string> = {};
  keys.forEach((key, i) => {
    binds[`c${i}`] = key.customerId;
    binds[`p${i}`] = key.purchaseId;
  });
  return binds;
}

export function checkpointBinds(checkpoint: MigrationCheckpoint): Record<string, oracledb.BindParameter | string | number> {
  return {
    stagingBuildId: checkpoint.stagingBuildId,
    // Typed explicitly: a null alone would be bound as a one-character string.
    lastCustomerId: { type: oracledb.STRING, maxSize: 80, val: checkpoint.after?.customerId ?? null },
    lastPurchaseId: { type: oracledb.STRING, maxSize: 80, val: checkpoint.after?.purchaseId ?? null },
    rowsDone: checkpoint.rowsDone,
    totalRows: checkpoint.totalRows,
    completed: checkpoint.completed ? 1 : 0,
    updatedAt: assertIsoUtc(checkpoint.updatedAt, 'updatedAt'),
  };
}

// Rows as the driver returns them (OUT_FORMAT_OBJECT: upper-case column names) into the app's
// shapes. Pure, so the unit tests cover every mapping without a database.

/** Random distinct ids in min..max, a few more than wanted since some may be missing. */
export function candidateIds(min: number, max: number, wanted: number, random: () => number = Math.random): number[] {
  const span = max - min + 1;
  const ids = new Set<number>();
  const target = Math.min(span, Math.ceil(wanted * 1.2) + 8);
  while (ids.size < target) ids.add(min + Math.floor(random() * span));
  return [...ids];
}
