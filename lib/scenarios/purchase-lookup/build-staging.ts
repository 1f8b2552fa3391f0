import 'server-only';
import { invalidateLookupStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import type { JobHooks } from '@/lib/scenarios/purchase-lookup/jobs/job-hooks';
import { invalidatePurchaseKeySample } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

export interface StagingResult {
  buildId: string;
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

/** Builds PURCHASE_DYNAMODB_FORMAT with the workshop's pivot, in SQL inside the relational engine. */
export async function buildStagingTable(hooks: JobHooks = {}): Promise<StagingResult> {
  const started = performance.now();
  const store = await getPurchaseStore();
  hooks.onProgress?.({ phase: 'Pivoting purchases into PURCHASE_DYNAMODB_FORMAT', done: 0, unit: 'purchases' });
  let build;
  try {
    build = await store.buildStaging((done, total) => hooks.onProgress?.({ done, total }), hooks.signal);
  } finally {
    invalidatePurchaseKeySample();
    invalidateLookupStatus('relational');
  }
  const ms = Math.round(performance.now() - started);
  hooks.onProgress?.({ phase: 'Done' });
  return { buildId: build.buildId, rows: build.rows, ms, rowsPerSecond: Math.round((build.rows * 1000) / Math.max(1, ms)) };
}
