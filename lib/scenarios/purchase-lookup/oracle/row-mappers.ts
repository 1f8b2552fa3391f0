import 'server-only';
import type { OracleRow } from '@/lib/db/oracle/rows';
import { type JoinedLine, type PurchaseKey, stagingColumns, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import type { DatasetInfo, MigrationCheckpoint, RowCounts } from '@/lib/scenarios/purchase-lookup/relational-store';

/** Rows as the driver returns them (OUT_FORMAT_OBJECT: upper-case column names) into the app's types. */

export const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

const asTextOrNull = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function joinedLineFromOracle(row: OracleRow): JoinedLine {
  return {
    customerid: asNumber(row.CUSTOMERID),
    purchaseid: asNumber(row.PURCHASEID),
    purchaseseq: asNumber(row.PURCHASESEQ),
    productname: asText(row.PRODUCTNAME),
    price: asNumber(row.PRICE),
    quantity: asNumber(row.QUANTITY),
    telnumber: asText(row.TELNUMBER),
    purchasedate: asText(row.PURCHASEDATE),
    name: asText(row.NAME),
    address: asText(row.ADDRESS),
  };
}

/** Oracle stores the pivot's '' as NULL; PostgreSQL keeps ''. Both reach the app as ''. */
export function stagingRowFromOracle(row: OracleRow): StagingRow {
  return Object.fromEntries(stagingColumns.map((column) => [column, asText(row[column])])) as StagingRow;
}

export function rowCountsFromOracle(row: OracleRow): RowCounts {
  return {
    customer: asNumber(row.CUSTOMER),
    product: asNumber(row.PRODUCT),
    seller: asNumber(row.SELLER),
    purchase: asNumber(row.PURCHASE),
    purchases: asNumber(row.PURCHASES),
    staging: asNumber(row.STAGING),
  };
}

export function datasetInfoFromOracle(row: OracleRow | undefined): DatasetInfo | null {
  if (!row) return null;
  return {
    seed: asNumber(row.SEED),
    purchases: asNumber(row.PURCHASES),
    generatedAt: asText(row.GENERATED_AT),
    stagingBuildId: asTextOrNull(row.STAGING_BUILD_ID),
    stagingBuiltAt: asTextOrNull(row.STAGING_BUILT_AT),
  };
}

export function checkpointFromOracle(row: OracleRow | undefined): MigrationCheckpoint | null {
  if (!row) return null;
  const customerId = asTextOrNull(row.LAST_CUSTOMER_ID);
  const purchaseId = asTextOrNull(row.LAST_PURCHASE_ID);
  return {
    stagingBuildId: asText(row.STAGING_BUILD_ID),
    after: customerId !== null && purchaseId !== null ? { customerId, purchaseId } : null,
    rowsDone: asNumber(row.ROWS_DONE),
    totalRows: asNumber(row.TOTAL_ROWS),
    completed: asNumber(row.COMPLETED) === 1,
    updatedAt: asText(row.UPDATED_AT),
  };
}

export function purchaseKeyFromOracle(row: OracleRow): PurchaseKey {
  return { customerId: String(asNumber(row.CUSTOMERID)), purchaseId: String(asNumber(row.PURCHASEID)) };
}
