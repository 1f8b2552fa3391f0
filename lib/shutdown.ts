import 'server-only';
import { closeDynamoDb } from '@/lib/db/dynamodb/client';
import { processSingleton } from '@/lib/db/process-singleton';
import { getRelationalEngine } from '@/lib/db/relational/engine';
import { closeRedis } from '@/lib/db/redis/client';

type Hook = () => Promise<void> | void;

const hooks = () => processSingleton<Hook[]>('shutdown-hooks', () => []);

/** Lets long-lived parts (the run registry, a migration) settle their state before exit. */
export function onShutdown(hook: Hook): void {
  hooks().push(hook);
}

export async function runShutdownHooks(): Promise<void> {
  for (const hook of hooks().splice(0)) {
    await Promise.resolve().then(hook).catch((error: unknown) => console.error('shutdown hook failed', error));
  }
  await Promise.allSettled([getRelationalEngine().close(), closeRedis(), Promise.resolve(closeDynamoDb())]);
}
