import 'server-only';
import { invalidateLookupStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import { generateDataset } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';
import type { JobHooks } from '@/lib/scenarios/purchase-lookup/jobs/job-hooks';
import { invalidatePurchaseKeySample } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

export interface GenerateResult {
  purchases: number;
  seed: number;
  rows: { customer: number; seller: number; product: number; purchase: number };
  totalRows: number;
  ms: number;
  rowsPerSecond: number;
}

const phaseLabels = {
  schema: 'Recreating tables',
  customer: 'Loading customer',
  seller: 'Loading seller',
  product: 'Loading product',
  purchase: 'Loading purchase',
  indexes: 'Adding keys and indexes',
} as const;

/**
 * Generates a deterministic data set and bulk-loads it into the relational tables, replacing
 * what was there (in one transaction: a failure keeps the previous data).
 */
export async function generatePurchaseData(options: { purchases: number; seed: number }, hooks: JobHooks = {}): Promise<GenerateResult> {
  const started = performance.now();
  const source = generateDataset(options);
  const totalRows = source.counts.customer + source.counts.seller + source.counts.product + source.counts.purchase;
  hooks.onProgress?.({ phase: 'Generating', done: 0, total: totalRows, unit: 'rows' });
  const store = await getPurchaseStore();
  try {
    await store.replaceDataset(source, (progress) => hooks.onProgress?.({ phase: phaseLabels[progress.phase], done: progress.rowsLoaded }), hooks.signal);
  } finally {
    invalidatePurchaseKeySample();
    invalidateLookupStatus('relational');
  }
  const ms = Math.round(performance.now() - started);
  hooks.onProgress?.({ phase: 'Done', done: totalRows });
  return { purchases: source.purchases, seed: source.seed, rows: source.counts, totalRows, ms, rowsPerSecond: Math.round((totalRows * 1000) / Math.max(1, ms)) };
}
