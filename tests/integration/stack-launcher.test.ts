import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHealth } from '@/lib/health/check-health';
import { stackLockPath } from '../../scripts/stack/stack-lock';

/*
 * The launcher against the suite's own running stack (global-setup started it with the test
 * profile and holds its lock): a second launcher must leave it alone, and a server exposed to
 * the network without a token must not start.
 */

const root = path.resolve(import.meta.dirname, '../..');
// What the user's shell has, not the variables global-setup added to point the suites at the stack.
const stackVariables = ['DATABASE_URL', 'REDIS_URL', 'DYNAMODB_ENDPOINT', 'DYNAMODB_ENGINE_LABEL', 'DATA_DIR', 'TEST_DATA_DIR', 'ADMIN_TOKEN'];
const userEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([name]) => !stackVariables.includes(name))) as NodeJS.ProcessEnv;

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000) {
  return new Promise<{ code: number | null; output: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`still running after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: performance.now() - started });
    });
  });
}

const testDataDir = process.env.TEST_DATA_DIR!;

describe('one stack per data folder', () => {
  it('a second `npm run demo` for the running profile exits with a message naming the first, which stays green', async () => {
    const lock = JSON.parse(readFileSync(stackLockPath(testDataDir), 'utf8')) as { pid: number; appUrl: string };
    const backendPids = ['postgres.pid', 'redis.pid', 'dynalite.pid'].map((file) => readFileSync(path.join(testDataDir, file), 'utf8'));

    const second = await run('npm', ['run', 'demo', '--', '--profile', 'test'], userEnv());

    expect(second.code).not.toBe(0);
    expect(second.output).toContain(`A db-showdown test stack is already running for ${testDataDir}: launcher pid ${lock.pid}, app on ${lock.appUrl}`);
    expect(second.output).toContain('It was left untouched.');
    // It stopped before starting, building or stopping anything.
    expect(second.output).not.toMatch(/Backends ready|next build/);
    const health = await checkHealth();
    expect(health.backends.map((b) => [b.backend, b.ok])).toEqual([
      ['relational', true],
      ['dynamodb', true],
      ['redis', true],
    ]);
    expect(['postgres.pid', 'redis.pid', 'dynalite.pid'].map((file) => readFileSync(path.join(testDataDir, file), 'utf8'))).toEqual(backendPids);
  });

  it('keeps the per-install backend passwords in the data folder, readable by this user only', () => {
    const secrets = path.join(testDataDir, 'secrets.json');
    expect(statSync(secrets).mode & 0o777).toBe(0o600);
    const { postgresPassword, redisPassword } = JSON.parse(readFileSync(secrets, 'utf8')) as Record<string, string>;
    expect(postgresPassword).toMatch(/^[\w-]{32}$/);
    expect(redisPassword).toMatch(/^[\w-]{32}$/);
    expect(postgresPassword).not.toBe(redisPassword);
    // The suite reaches both with them, so they are in force.
    expect(new URL(process.env.DATABASE_URL!).password).toBe(postgresPassword);
    expect(new URL(process.env.REDIS_URL!).password).toBe(redisPassword);
  });
});

describe('exposure to the network', () => {
  const refused = /HOST: is not a loopback address, so anyone on the network could drive the databases\. Set ADMIN_TOKEN/;

  it('the app refuses to start on HOST=0.0.0.0 without ADMIN_TOKEN, saying how to set one', async () => {
    const server = await run(process.execPath, ['--require', './scripts/runtime/allow-server-only.cjs', '--import', 'tsx', 'server.ts'], {
      ...userEnv(),
      HOST: '0.0.0.0',
      PORT: '1',
    });
    expect(server.code).toBe(1);
    expect(server.output).toMatch(refused);
    expect(server.output).not.toMatch(/ready on/);
  });

  it('the launcher refuses too, before any backend starts', async () => {
    const launcher = await run(process.execPath, ['--require', './scripts/runtime/allow-server-only.cjs', '--import', 'tsx', 'scripts/demo.ts', '--profile', 'bench'], {
      ...userEnv(),
      HOST: '0.0.0.0',
    });
    expect(launcher.code).toBe(1);
    expect(launcher.output).toMatch(refused);
    expect(launcher.output).not.toMatch(/Backends ready/);
  });
});
