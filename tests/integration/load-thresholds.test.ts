import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as runRoute from '@/app/api/runs/[id]/route';
import * as eventsRoute from '@/app/api/runs/[id]/events/route';
import * as runsRoute from '@/app/api/runs/route';
import { resetConfigForTests } from '@/lib/config';
import { waitForIdle } from '@/lib/load/run-registry';
import { getRun, resetRunStoreForTests } from '@/lib/load/run-store';
import type { RunRecord } from '@/lib/load/run-types';
import { startRouteServer, type RouteTable } from './support/route-server';

/**
 * Thresholds end to end: `npm run bench -- …` (the real CLI, in its own process) against the app's
 * own route handlers and lean path over HTTP. A rule that cannot hold makes it exit 99, as k6 does;
 * one that holds leaves it at 0; the verdict is stored with the run.
 */

const repoRoot = path.resolve(import.meta.dirname, '../..');
let app: Awaited<ReturnType<typeof startRouteServer>>;
let dataDir: string;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR, ADMIN_TOKEN: process.env.ADMIN_TOKEN };

const routes: RouteTable = {
  '/api/runs': { GET: runsRoute.GET as never, POST: runsRoute.POST as never },
  '/api/runs/[id]': { GET: runRoute.GET as never },
  '/api/runs/[id]/events': { GET: eventsRoute.GET as never },
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'load-thresholds-'));
  delete process.env.ADMIN_TOKEN;
  app = await startRouteServer(routes);
  process.env.PORT = String(app.port);
  process.env.HOST = '127.0.0.1';
  process.env.DATA_DIR = dataDir;
  resetConfigForTests();
  resetRunStoreForTests();
});

afterAll(async () => {
  await waitForIdle();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  resetRunStoreForTests();
});

function bench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', './scripts/runtime/allow-server-only.cjs', '--import', 'tsx', 'scripts/bench.ts', ...args, '--url', app.baseUrl], {
      cwd: repoRoot,
      env: { ...process.env, ADMIN_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const runIdIn = (stderr: string) => /run (\d{8}-\d{6}-[0-9a-f]{6})/.exec(stderr)?.[1];

describe('thresholds', () => {
  it('a threshold that must fail fails: the CLI exits 99 and the run is stored as failing it', async () => {
    // No answer over HTTP takes under a microsecond.
    const result = await bench(['ping', '-c', '4', '-n', '400', '--threshold', 'p50 < 0.0001 ms', '--threshold', 'errors < 1%']);
    expect(result.code, result.stderr).toBe(99);
    expect(result.stdout).toMatch(/Thresholds: FAILED \(1 of 2\)/);
    expect(result.stdout).toMatch(/FAIL {2}p50 < 0.0001 ms/);
    const run = (await getRun(runIdIn(result.stderr)!)) as RunRecord;
    expect(run.status).toBe('completed');
    expect(run.summary!.failed).toBe(0);
    expect(run.thresholds).toMatchObject({ passed: false, stage: 'final' });
    expect(run.thresholds!.results.map((r) => r.passed)).toEqual([false, true]);
    expect(run.thresholds!.results[0]!.actual).toBe(run.summary!.latency.p50);
  });

  it('a threshold that must pass passes: exit 0, verdict stored', async () => {
    const result = await bench(['ping', '-c', '4', '-n', '400', '--threshold', 'p95 < 10 s', '--threshold', 'errors = 0', '--threshold', 'rps > 1']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Thresholds: PASSED \(3\)/);
    const run = (await getRun(runIdIn(result.stderr)!)) as RunRecord;
    expect(run.thresholds).toMatchObject({ passed: true, stage: 'final' });
  });

  it('a malformed rule is refused (exit 2) before any run', async () => {
    const bad = await bench(['ping', '-c', '1', '-n', '5', '--threshold', 'p95 quickly']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--threshold: "p95 quickly" is not a rule/);
  });
});
