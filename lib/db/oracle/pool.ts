import 'server-only';
import oracledb from 'oracledb';
import { getConfig, type AppConfig } from '@/lib/config';
import type { BackendInfo } from '@/lib/db/backend-info';
import { characterSetError, characterSetRefusal, characterSetsFromRows, isCharacterSetError, READ_CHARACTER_SETS } from '@/lib/db/oracle/character-set';
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
export const POOL_QUEUE_TIMEOUT_MS = 60_000;

/**
 * Seconds to reach the listener and finish the Oracle Net handshake (TLS included) for one new
 * session. Each session is a dedicated server process the database forks; on a small or remote
 * database under a burst that takes well over the 2 s this once was (NJS-510).
 */
export const CONNECT_TIMEOUT_S = 10;

/**
 * Sessions opened as soon as the pool exists, so the first burst finds them ready. Opened by the
 * app, not through poolMin: in thin mode a poolMin above 0 makes the driver's background task
 * reconnect back to back while the database refuses (measured: 2,500 attempts and a full core
 * per second against a listener that closes the connection, which is what the compose image's
 * first start looks like), whereas these, once idle, simply close after POOL_IDLE_S.
 */
export const WARM_SESSIONS = 8;

/** New sessions per pool growth: a burst's queue is served by four new sessions at a time, not one. */
const POOL_INCREMENT = 4;

/** Idle sessions close after this long: long enough to stay warm between two runs of a workshop. */
const POOL_IDLE_S = 600;

/**
 * A session idle for longer than this is pinged before it is handed out (a firewall or a
 * database restart may have cut it meanwhile); busier sessions are used straight away.
 */
const POOL_PING_INTERVAL_S = 60;

function setUpSession(connection: oracledb.Connection, _requestedTag: string, done: (error?: unknown) => void): void {
  connection.execute(SESSION_SETUP).then(
    () => done(),
    (error: unknown) => done(error),
  );
}

/** The pool's options, pure so the unit tests read them (credentials come from the config). */
export function oraclePoolOptions(config: Pick<AppConfig, 'ORACLE_USER' | 'ORACLE_PASSWORD' | 'ORACLE_CONNECT_STRING' | 'ORACLE_POOL_MAX'>): oracledb.PoolAttributes {
  return {
    user: config.ORACLE_USER,
    password: config.ORACLE_PASSWORD,
    connectString: config.ORACLE_CONNECT_STRING,
    poolMin: 0,
    poolMax: config.ORACLE_POOL_MAX,
    poolIncrement: Math.min(POOL_INCREMENT, config.ORACLE_POOL_MAX),
    poolTimeout: POOL_IDLE_S,
    poolPingInterval: POOL_PING_INTERVAL_S,
    queueTimeout: POOL_QUEUE_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_S,
    sessionCallback: setUpSession,
  };
}

/**
 * The first connection of a pool reads the database character set and refuses anything but
 * AL32UTF8 (see character-set.ts); then the pool opens its warm sessions in the background.
 */
async function checkAndWarm(pool: oracledb.Pool): Promise<void> {
  const connection = await pool.getConnection();
  try {
    const result = await connection.execute<Record<string, unknown>>(READ_CHARACTER_SETS, {}, { outFormat: oracledb.OUT_FORMAT_OBJECT });
    const refusal = characterSetRefusal(characterSetsFromRows(result.rows ?? []));
    if (refusal) throw characterSetError(refusal);
  } finally {
    await connection.close().catch(() => undefined);
  }
  const warm = Math.min(WARM_SESSIONS, pool.poolMax) - 1;
  // Not awaited: requests need not wait for the warm-up, and a failure here is only a cold pool.
  void Promise.allSettled(Array.from({ length: warm }, () => pool.getConnection())).then((opened) =>
    Promise.all(opened.map((result) => (result.status === 'fulfilled' ? result.value.close().catch(() => undefined) : undefined))),
  );
}

/** Thin mode only: no Instant Client on the machine. The pool is created on first use. */
export function getOraclePool(): Promise<oracledb.Pool> {
  return processSingleton('oracle-pool', () => {
    const created = oracledb.createPool(oraclePoolOptions(getConfig())).then(async (pool) => {
      try {
        await checkAndWarm(pool);
        return pool;
      } catch (error) {
        await pool.close(0).catch(() => undefined);
        throw error;
      }
    });
    // A failed start (database down, not open yet) is not cached: the next call tries again. A
    // wrong character set is: every request answers the same refusal until the app restarts.
    created.catch((error: unknown) => {
      if (!isCharacterSetError(error)) releaseProcessSingleton('oracle-pool');
    });
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
