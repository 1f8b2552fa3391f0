import 'server-only';
import { Pool } from 'pg';
import { getConfig } from '@/lib/config';
import { describeAddress } from '@/lib/db/address';
import type { BackendInfo } from '@/lib/db/backend-info';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';

export function getPostgresPool(): Pool {
  return processSingleton('postgres-pool', () => {
    const config = getConfig();
    const pool = new Pool({
      connectionString: config.DATABASE_URL,
      max: config.PG_POOL_MAX,
      // A database that is down must answer fast, not queue requests forever.
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
      application_name: 'db-showdown',
    });
    // An idle client dying (server restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    return pool;
  });
}

export async function pingPostgres(): Promise<BackendInfo> {
  const result = await getPostgresPool().query<{ server_version: string }>('SHOW server_version');
  return {
    engine: 'PostgreSQL',
    version: result.rows[0]?.server_version ?? 'unknown',
    address: describeAddress(getConfig().DATABASE_URL),
  };
}

export async function closePostgresPool(): Promise<void> {
  await releaseProcessSingleton<Pool>('postgres-pool')?.end();
}
