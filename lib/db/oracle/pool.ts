import 'server-only';
import oracledb from 'oracledb';
import { getConfig } from '@/lib/config';
import type { BackendInfo } from '@/lib/db/backend-info';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';

/**
 * Session settings every pooled connection gets once, when it is created: keyset pagination and
 * key comparisons walk byte order (as PostgreSQL's COLLATE "C"), whatever the database's
 * NLS defaults are.
 */
export const SESSION_SETUP = `ALTER SESSION SET NLS_SORT = BINARY NLS_COMP = BINARY`;

/**
 * How long a request may wait for a pooled connection. The legacy order holds a row lock per
 * order, so at the workshop's c=150 most requests wait; with a pool smaller than the
 * concurrency (Oracle Database Free allows 200 processes in all, so the pool stays well below
 * 150) they wait here instead of in the database, as long as they would have waited there. A
 * database that is down still fails at once: no connection can be opened, nothing queues.
 */
const POOL_QUEUE_TIMEOUT_MS = 60_000;

/** Seconds to open the TCP connection and finish the handshake before giving up. */
const CONNECT_TIMEOUT_S = 2;

function setUpSession(connection: oracledb.Connection, _requestedTag: string, done: (error?: unknown) => void): void {
  connection.execute(SESSION_SETUP).then(
    () => done(),
    (error: unknown) => done(error),
  );
}

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
      queueTimeout: POOL_QUEUE_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_S,
      sessionCallback: setUpSession,
    });
    // A failed pool creation must not be cached forever: the next call tries again.
    created.catch(() => releaseProcessSingleton('oracle-pool'));
    return created;
  });
}

/** "host:port/service" of an Easy Connect string, without anything secret. */
function describeOracleAddress(connectString: string | undefined): string {
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
  if (pool) await (await pool.catch(() => null))?.close(0).catch(() => undefined);
}
