import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { findProgram } from '../runtime/system-tools.mjs';
import { spawnBackend } from './spawn-backend';
import type { StartedBackend } from './started-backend';
import { endStaleProcess, writePidFile } from './stale-process';
import { assertPortFree, waitForPort } from './wait-for';

function findRedisServer(): string | undefined {
  return findProgram('redis-server');
}

/** redis-server (Debian's, or Homebrew's on macOS) on loopback, snapshotting into dataDir so stock survives a restart. */
export async function startRedis(options: { port: number; dataDir: string; log: (line: string) => void }): Promise<StartedBackend> {
  const binary = findRedisServer();
  if (!binary) {
    throw new Error(`redis-server is not installed. Install it with ${process.platform === 'darwin' ? '`brew install redis`' : '`apt-get install redis-server` (run as root)'}, or set REDIS_URL to a running Redis.`);
  }
  const pidFile = path.resolve(options.dataDir, 'redis.pid');
  await endStaleProcess(pidFile, /redis-server/);
  await assertPortFree(options.port, '127.0.0.1', 'EMBEDDED_REDIS_PORT');
  const dir = path.resolve(options.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const backend = spawnBackend(
    binary,
    ['--port', String(options.port), '--bind', '127.0.0.1', '--dir', dir, '--save', '60 1', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes', '--loglevel', 'warning'],
    'redis-server',
    options.log,
  );
  writePidFile(pidFile, backend.child.pid);
  await Promise.race([waitForPort(options.port, '127.0.0.1', 10_000, 'redis-server'), backend.exited]);
  return {
    name: 'Redis (redis-server)',
    env: { REDIS_URL: `redis://127.0.0.1:${options.port}` },
    stop: backend.stop,
  };
}
