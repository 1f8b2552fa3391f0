import 'server-only';
import oracledb from 'oracledb';
import { getConfig } from '@/lib/config';
import type { BackendInfo } from '@/lib/db/backend-info';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';

/** Thin mode only: no Instant Client on the machine. The pool is created on first use. */
export function getOraclePool(): Promise<oracledb.Pool> {
  return processSingleton('oracle-pool', () => {
    const config = getConfig();
    const created = oracledb.createPool({
      user: config.ORACLE_USER,
      password: config.ORACLE_PASSWORD,
      connectString: config.ORACLE_CONNECT_STRING,
      poolMin: 0,
      poolMax: config.ORACLE_POOL_MAX,
      poolTimeout: 60,
      queueTimeout: 2_000,
      connectTimeout: 2,
    });
    // A failed pool creation must not be cached forever: the next call tries again.
    created.catch(() => releaseProcessSingleton('oracle-pool'));
    return created;
  });
}

/** "host:port/service" of an Easy Connect string, without anything secret. */
export function describeOracleAddress(connectString: string | undefined): string {
  if (!connectString) return 'not configured';
  const easy = /^(?:[a-z]+:\/\/)?([^/?]+)(\/[^?]*)?/i.exec(connectString.trim());
  return easy ? `${easy[1]}${easy[2] ?? ''}` : 'TNS alias';
}

export async function pingOracle(): Promise<BackendInfo> {
  const pool = await getOraclePool();
  const connection = await pool.getConnection();
  try {
    return {
      engine: 'Oracle Database',
      version: connection.oracleServerVersionString,
      address: describeOracleAddress(getConfig().ORACLE_CONNECT_STRING),
    };
  } finally {
    await connection.close();
  }
}

export async function closeOraclePool(): Promise<void> {
  const pool = releaseProcessSingleton<Promise<oracledb.Pool>>('oracle-pool');
  if (pool) await (await pool).close(0).catch(() => undefined);
}
