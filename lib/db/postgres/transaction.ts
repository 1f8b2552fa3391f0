import 'server-only';
import type { PoolClient } from 'pg';
import { getPostgresPool } from '@/lib/db/postgres/pool';

/** How a unit of work ends its transaction early, without an error (e.g. an order that finds no stock). */
export interface TransactionControl {
  /** ROLLBACK now; the helper then sends nothing more. */
  rollback(): Promise<void>;
}

/**
 * Runs `work` in one transaction on its own pooled connection: BEGIN, the work, COMMIT. An error
 * rolls back and is rethrown; a connection whose ROLLBACK failed is destroyed, never handed back
 * to the pool half-open. The one transaction helper of both scenarios.
 */
export async function inTransaction<T>(work: (client: PoolClient, control: TransactionControl) => Promise<T>): Promise<T> {
  const client = await getPostgresPool().connect();
  let ended = false;
  let broken: Error | undefined;
  const control: TransactionControl = {
    async rollback() {
      ended = true;
      await client.query('ROLLBACK');
    },
  };
  try {
    await client.query('BEGIN');
    const result = await work(client, control);
    if (!ended) {
      ended = true;
      await client.query('COMMIT');
    }
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
