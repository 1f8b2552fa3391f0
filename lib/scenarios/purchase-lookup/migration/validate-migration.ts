import 'server-only';
import { batchGetPurchaseItems, countPurchaseItems, itemKeyString } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { compareItemWithStaging, type FieldMismatch } from '@/lib/scenarios/purchase-lookup/migration/compare-item';
import type { PurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-store';

const MISMATCHES_LISTED = 50;

export interface ValidationReport {
  passed: boolean;
  sourceCount: number;
  targetCount: number;
  sampled: number;
  mismatchCount: number;
  /** The first mismatches (at most MISMATCHES_LISTED). */
  mismatches: FieldMismatch[];
  ms: number;
}

/**
 * What DMS reports after a full load with validation: rows in the source, items in the target,
 * and a sample of items compared field by field with their staging rows.
 */
export async function validateMigration(store: PurchaseStore, options: { sampleSize: number }): Promise<ValidationReport> {
  const started = performance.now();
  const [counts, targetCount, keys] = await Promise.all([store.countRows(), countPurchaseItems(), store.samplePurchaseKeys(options.sampleSize)]);
  const rows = await store.findStagingRows(keys);
  const items = await batchGetPurchaseItems(rows.map((row) => ({ customerId: row.CUSTOMER_ID, purchaseId: row.PURCHASE_ID })));
  const mismatches: FieldMismatch[] = [];
  for (const row of rows) {
    mismatches.push(...compareItemWithStaging(items.get(itemKeyString({ customerId: row.CUSTOMER_ID, purchaseId: row.PURCHASE_ID })), row));
  }
  const sourceCount = counts.staging;
  return {
    passed: sourceCount === targetCount && mismatches.length === 0 && (sourceCount === 0 || rows.length > 0),
    sourceCount,
    targetCount,
    sampled: rows.length,
    mismatchCount: mismatches.length,
    mismatches: mismatches.slice(0, MISMATCHES_LISTED),
    ms: Math.round(performance.now() - started),
  };
}
