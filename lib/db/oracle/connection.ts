import 'server-only';
import type oracledb from 'oracledb';
import { getOraclePool } from '@/lib/db/oracle/pool';

/** Runs `work` on a pooled connection and always gives the connection back. */
export async function withOracleConnection<T>(work: (connection: oracledb.Connection) => Promise<T>): Promise<T> {
  const connection = await (await getOraclePool()).getConnection();
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/**
 * Runs `work` as one transaction on its own pooled connection: nothing is committed unless
 * `work` commits (every execute runs with autoCommit off), any failure rolls back, and a
 * connection whose rollback failed is dropped from the pool rather than reused.
 */
export async function inOracleTransaction<T>(work: (connection: oracledb.Connection) => Promise<T>): Promise<T> {
  const connection = await (await getOraclePool()).getConnection();
  let broken = false;
  try {
    return await work(connection);
  } catch (error) {
    try {
      await connection.rollback();
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    await connection.close({ drop: broken }).catch(() => undefined);
  }
}
