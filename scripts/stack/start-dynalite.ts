import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { spawnBackend } from './spawn-backend';
import type { StartedBackend } from './started-backend';
import { endStaleProcess, writePidFile } from './stale-process';
import { assertPortFree, waitForPort } from './wait-for';

/** dynalite (the DynamoDB API on LevelDB) as its own process, so it never shares our event loop. */
export async function startDynalite(options: { port: number; dataDir: string; log: (line: string) => void }): Promise<StartedBackend> {
  const pidFile = path.resolve(options.dataDir, 'dynalite.pid');
  await endStaleProcess(pidFile);
  await assertPortFree(options.port, '127.0.0.1', 'EMBEDDED_DYNALITE_PORT');
  const storePath = path.resolve(options.dataDir, 'dynalite');
  mkdirSync(storePath, { recursive: true });
  const require = createRequire(__filename);
  const cli = path.join(path.dirname(require.resolve('dynalite/package.json')), 'cli.js');
  const version = (require('dynalite/package.json') as { version: string }).version;
  const backend = spawnBackend(
    process.execPath,
    [cli, '--host', '127.0.0.1', '--port', String(options.port), '--path', storePath, '--createTableMs', '0', '--deleteTableMs', '0', '--updateTableMs', '0'],
    'dynalite',
    options.log,
  );
  writePidFile(pidFile, backend.child.pid);
  await Promise.race([waitForPort(options.port, '127.0.0.1', 15_000, 'dynalite'), backend.exited]);
  return {
    name: 'dynalite (DynamoDB API)',
    env: { DYNAMODB_ENDPOINT: `http://127.0.0.1:${options.port}`, DYNAMODB_ENGINE_LABEL: `dynalite ${version} (DynamoDB emulator)` },
    stop: backend.stop,
  };
}
