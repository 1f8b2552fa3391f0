import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, type RunningStack } from '../stack/start-stack';
import { waitForPort } from '../stack/wait-for';

export const repoRoot = path.resolve(__dirname, '../..');

export interface BenchApp {
  baseUrl: string;
  /** The variables that point at the bench stack (DATABASE_URL, DYNAMODB_ENDPOINT, REDIS_URL). */
  env: Record<string, string>;
  stack: RunningStack;
  server: ChildProcess;
}

/** Runs a TypeScript entry in its own process with the bench stack's environment (on `node`, default this one). */
export function spawnTs(entry: string, args: string[], env: Record<string, string>, stdio: 'inherit' | 'pipe' = 'inherit', node = process.execPath): ChildProcess {
  return spawn(
    node,
    ['--require', path.join(repoRoot, 'scripts/runtime/allow-server-only.cjs'), '--import', 'tsx', entry, ...args],
    { cwd: repoRoot, stdio, env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: '1' } },
  );
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/**
 * The production app (lean path + Next) on the bench profile's ports and fresh data, in its own
 * process so the load generator never shares its event loop.
 */
export async function withBenchApp<T>(work: (app: BenchApp) => Promise<T>): Promise<T> {
  if (!existsSync(path.join(repoRoot, '.next/BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
  const stack = await startStack('bench', { fresh: true });
  const env = { ...stack.env, PORT: String(stack.appPort), HOST: '127.0.0.1', NODE_ENV: 'production' };
  const server = spawnTs(path.join(repoRoot, 'server.ts'), [], env);
  try {
    await waitForPort(stack.appPort, '127.0.0.1', 60_000, 'the app server');
    return await work({ baseUrl: `http://127.0.0.1:${stack.appPort}`, env, stack, server });
  } finally {
    await stopChild(server);
    await stack.stop();
  }
}

const benchmarksFile = path.join(repoRoot, 'BENCHMARKS.md');

/** Replaces (or appends) one section of BENCHMARKS.md, between its markers. */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const current = existsSync(benchmarksFile) ? readFileSync(benchmarksFile, 'utf8') : '# Benchmarks\n\nWritten by `npm run bench`; every figure below was measured, none typed in.\n';
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(benchmarksFile, next);
}

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
