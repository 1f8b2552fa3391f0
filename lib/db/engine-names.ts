import 'server-only';
import { getConfig } from '@/lib/config';
import type { BackendName } from '@/lib/db/backend-info';
import { pingDynamoDb } from '@/lib/db/dynamodb/client';
import { processSingleton } from '@/lib/db/process-singleton';
import { getRelationalEngine } from '@/lib/db/relational/engine';
import { pingRedis } from '@/lib/db/redis/client';
import type { EngineStamp } from '@/lib/load/engine-stamp';

/**
 * Which engine served a result, named on every result: "PostgreSQL 18.1", "dynalite 4.0.0
 * (DynamoDB emulator)". An emulator's latency is the emulator's, not the real service's, and the
 * results say so. Read once per process and kept (engines do not change under a running app).
 */

function isEmulatorEndpoint(endpoint: string | undefined): boolean {
  return endpoint !== undefined && !new URL(endpoint).hostname.endsWith('.amazonaws.com');
}

async function read(backend: BackendName): Promise<EngineStamp> {
  const config = getConfig();
  if (backend === 'dynamodb') {
    const info = await pingDynamoDb();
    const emulator = isEmulatorEndpoint(config.DYNAMODB_ENDPOINT);
    return { backend, name: emulator ? info.engine : `${info.engine} (${config.AWS_REGION})`, emulator };
  }
  const info = backend === 'relational' ? await getRelationalEngine().ping() : await pingRedis();
  return { backend, name: `${info.engine} ${info.version}`.trim(), emulator: false };
}

/** The engine behind a backend; null when it cannot be reached right now (the result then says nothing rather than guess). */
export async function engineOf(backend: BackendName): Promise<EngineStamp | null> {
  const cache = processSingleton<Map<BackendName, Promise<EngineStamp>>>('engine-names', () => new Map());
  let pending = cache.get(backend);
  if (!pending) {
    pending = read(backend);
    cache.set(backend, pending);
    pending.catch(() => cache.delete(backend));
  }
  return pending.catch(() => null);
}
