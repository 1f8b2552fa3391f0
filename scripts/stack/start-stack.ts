import { rmSync } from 'node:fs';
import { getStackEnvironment } from '@/lib/config';
import { resolveProfile, type StackProfile } from './profiles';
import type { StartedBackend } from './started-backend';
import { startDynalite } from './start-dynalite';
import { startPostgres } from './start-postgres';
import { startRedis } from './start-redis';
import { acquireStackLock } from './stack-lock';

export interface RunningStack {
  /** Variables that point the app at every backend, embedded or configured. */
  env: Record<string, string>;
  appPort: number;
  dataDir: string;
  started: string[];
  stop(): Promise<void>;
}

/**
 * Starts the embedded backends the user did not point elsewhere: PostgreSQL unless DATABASE_URL
 * is set or Oracle is chosen, dynalite unless DYNAMODB_ENDPOINT is set ("aws" for real AWS),
 * redis-server unless REDIS_URL is set.
 *
 * One stack per data folder: a second launcher of the same profile (and offset) finds the first
 * one's lock, throws StackAlreadyRunningError naming where it runs, and touches nothing of it.
 */
export async function startStack(profile: StackProfile, options: { fresh?: boolean; log?: (line: string) => void } = {}): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = getStackEnvironment();
  const settings = resolveProfile(profile, env);
  const lock = acquireStackLock({ profile, dataDir: settings.dataDir, appUrl: `http://${env.HOST}:${settings.appPort}` });
  if (options.fresh) rmSync(settings.dataDir, { recursive: true, force: true });
  const common = { dataDir: settings.dataDir, log };

  const wanted: Array<() => Promise<StartedBackend>> = [];
  if (env.RELATIONAL_ENGINE === 'postgres' && !env.DATABASE_URL) wanted.push(() => startPostgres({ ...common, port: settings.pgPort }));
  if (!env.DYNAMODB_ENDPOINT) wanted.push(() => startDynalite({ ...common, port: settings.dynalitePort }));
  if (!env.REDIS_URL) wanted.push(() => startRedis({ ...common, port: settings.redisPort }));

  const results = await Promise.allSettled(wanted.map((start) => start()));
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  // Only the backends this launcher started, each by its own child handle (its pid).
  const stop = async () => {
    await Promise.allSettled(started.map((backend) => backend.stop()));
    lock.release();
  };
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (failures.length > 0) {
    await stop();
    throw new Error(failures.join('\n'));
  }
  return {
    // The app keeps its own files (run history) in the profile's folder too: a test run never
    // sees the demo's runs, and a fresh test stack starts with no history.
    env: Object.assign({ DATA_DIR: settings.dataDir }, ...started.map((backend) => backend.env)) as Record<string, string>,
    appPort: settings.appPort,
    dataDir: settings.dataDir,
    started: started.map((backend) => backend.name),
    stop,
  };
}
