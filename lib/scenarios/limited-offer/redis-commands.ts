import 'server-only';
import { getReadyRedis, type RedisClient } from '@/lib/db/redis/client';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import { offerKeys } from '@/lib/scenarios/limited-offer/redis-scripts';

// The offer's Redis side: one round trip, its failure told apart (never sent, or lost in flight).

/** The command never reached Redis: it certainly did not run. */
export class NotSent extends AppError {}

/**
 * Runs commands on a ready client. A command in flight when the connection drops fails with
 * ioredis's MaxRetriesPerRequestError (no retries are allowed): Redis unreachable, a 503.
 */
export async function inRedis<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
  let client: RedisClient;
  try {
    client = await getReadyRedis();
  } catch (error) {
    throw new NotSent('unavailable', describeError(error));
  }
  try {
    return await command(client);
  } catch (error) {
    if (error instanceof Error && error.name === 'MaxRetriesPerRequestError') {
      throw new AppError('unavailable', 'Redis is not reachable (the connection dropped while a command was in flight)');
    }
    throw error;
  }
}

/** EVALSHA, loading the script with EVAL when Redis does not know it (first use, or after a restart). */
export async function runScript(client: RedisClient, sha: string, script: string, args: (string | number)[]): Promise<unknown> {
  try {
    return await client.evalsha(sha, 2, offerKeys().stock, offerKeys().recentTakes, ...args);
  } catch (error) {
    // NOSCRIPT means the script did not run, so running it now is not a second run.
    if (!/NOSCRIPT/.test(describeError(error))) throw error;
    return client.eval(script, 2, offerKeys().stock, offerKeys().recentTakes, ...args);
  }
}

export function toInteger(reply: unknown, what: string): number {
  const value = typeof reply === 'number' ? reply : Number(reply);
  if (reply === null || !Number.isInteger(value)) throw new Error(`Unexpected Redis reply to ${what}: ${String(reply)}`);
  return value;
}

export const missingKey = () =>
  new AppError('conflict', `The stock key ${offerKeys().stock} is not in Redis (was Redis emptied?). Reset the offer to set it again.`);
