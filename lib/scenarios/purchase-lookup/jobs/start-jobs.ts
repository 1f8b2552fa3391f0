import 'server-only';
import { z } from 'zod';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import { DEFAULT_PURCHASES, DEFAULT_SEED, MAX_PURCHASES } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { startLookupJob, type LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import { DEFAULT_CONCURRENCY, migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';

export const generateInputSchema = z.object({
  purchases: z.coerce.number().int().min(1).max(MAX_PURCHASES).default(DEFAULT_PURCHASES),
  seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(DEFAULT_SEED),
});

export const migrateInputSchema = z.object({
  mode: z.enum(['resume', 'restart']).default('resume'),
  concurrency: z.coerce.number().int().min(1).max(64).default(DEFAULT_CONCURRENCY),
});

export function startGenerateJob(input: z.infer<typeof generateInputSchema>): LookupJobView {
  return startLookupJob('generate', input, (hooks) => generatePurchaseData(input, hooks));
}

export function startStagingJob(): LookupJobView {
  return startLookupJob('staging', {}, (hooks) => buildStagingTable(hooks));
}

export function startMigrateJob(input: z.infer<typeof migrateInputSchema>): LookupJobView {
  return startLookupJob('migrate', input, (hooks) => migratePurchases(input, hooks));
}
