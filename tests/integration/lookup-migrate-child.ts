/**
 * A migration in a process of its own, so a test can kill it hard (SIGKILL, no cleanup) halfway,
 * as a crashed server would be. Checkpoints often; prints progress lines.
 */
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';

migratePurchases(
  { mode: 'resume', concurrency: 4, pageSize: 200, checkpointEveryMs: 100 },
  { onProgress: (progress) => progress.done !== undefined && console.log(`done ${progress.done}`) },
).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
