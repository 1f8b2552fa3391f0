import 'server-only';
import type { BackendInfo, BackendName } from '@/lib/db/backend-info';
import { pingDynamoDb } from '@/lib/db/dynamodb/client';
import { getRelationalEngine } from '@/lib/db/relational/engine';
import { pingRedis } from '@/lib/db/redis/client';
import { describeError } from '@/lib/http/to-error-response';

export type BackendHealth =
  | ({ backend: BackendName; ok: true; pingMs: number } & BackendInfo)
  | { backend: BackendName; ok: false; pingMs: number; error: string };

const PING_TIMEOUT_MS = 1_500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function probe(backend: BackendName, ping: () => Promise<BackendInfo>): Promise<BackendHealth> {
  const started = performance.now();
  try {
    const info = await withTimeout(ping(), PING_TIMEOUT_MS);
    return { backend, ok: true, pingMs: round(performance.now() - started), ...info };
  } catch (error) {
    return { backend, ok: false, pingMs: round(performance.now() - started), error: describeError(error) };
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * Pings every backend in parallel; a dead one answers within the timeout, never hangs. `node` is the
 * server's Node version, so a presenter can see it runs on the supported Node 24.
 */
export async function checkHealth(): Promise<{ ok: boolean; node: string; backends: BackendHealth[]; checkedAt: string }> {
  const relational = getRelationalEngine();
  const backends = await Promise.all([
    probe('relational', () => relational.ping()),
    probe('dynamodb', pingDynamoDb),
    probe('redis', pingRedis),
  ]);
  return { ok: backends.every((b) => b.ok), node: process.version, backends, checkedAt: new Date().toISOString() };
}
