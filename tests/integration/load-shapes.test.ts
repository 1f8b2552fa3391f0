import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes, startLoadRun } from '@/lib/scenarios';
import { startGenerator } from '@/lib/load/generator/spawn-generator';
import { waitForIdle } from '@/lib/load/run-registry';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { getRun, resetRunStoreForTests } from '@/lib/load/run-store';
import type { RunRecord, SecondStats } from '@/lib/load/run-types';
import { stageWindows, type LoadStage } from '@/lib/load/shapes/load-stages';

/**
 * Load shapes against a server that measures for itself: it answers after a fixed delay and
 * records, every 5 ms, how many requests it holds, and when each request arrived. The generator
 * is forked as in production; nothing of its own reporting is trusted for the check.
 */

const DELAY_MS = 25;
let server: Server;
let dataDir: string;
let inFlight = 0;
const inFlightSamples: Array<{ at: number; count: number }> = [];
const arrivals: number[] = [];
let sampler: NodeJS.Timeout;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR };

beforeAll(async () => {
  const handleLean = createLeanHandler(getLeanRoutes());
  server = createServer((req, res) => {
    if (handleLean(req, res)) return;
    if (req.url === '/test/slow') {
      inFlight += 1;
      arrivals.push(performance.now());
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 }).end('{}');
      }, DELAY_MS);
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sampler = setInterval(() => inFlightSamples.push({ at: performance.now(), count: inFlight }), 5);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'load-shapes-'));
  process.env.PORT = String((server.address() as AddressInfo).port);
  process.env.HOST = '127.0.0.1';
  process.env.DATA_DIR = dataDir;
  resetConfigForTests();
  resetRunStoreForTests();
});

afterAll(async () => {
  clearInterval(sampler);
  await waitForIdle();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  resetRunStoreForTests();
});

/** Runs the shape on /test/slow; returns the server-side clock reading at the generator's start. */
async function runShape(model: 'closed' | 'open', stages: LoadStage[]): Promise<{ startedAt: number; seconds: SecondStats[] }> {
  inFlightSamples.length = 0;
  arrivals.length = 0;
  const seconds: SecondStats[] = [];
  let startedAt = 0;
  const handle = startGenerator(
    { baseUrl: `http://127.0.0.1:${process.env.PORT}`, request: { kind: 'static', path: '/test/slow' }, outcomes: null, settings: runSettingsSchema.parse({ model, stages, timeoutSeconds: 5 }) },
    (second) => seconds.push(second),
    () => (startedAt = performance.now()),
  );
  const { summary } = await handle.result;
  expect(summary.failed).toBe(0);
  return { startedAt, seconds };
}

// Hold stages are checked away from their edges: the ramp into them and the generator's start-up.
const EDGE_S = 0.4;

describe('load shapes', () => {
  it('follows a connections profile: the server holds each stage target within 10%', async () => {
    const stages = [
      { durationSeconds: 1, target: 4 },
      { durationSeconds: 3, target: 4 },
      { durationSeconds: 1, target: 16 },
      { durationSeconds: 3, target: 16 },
      { durationSeconds: 1, target: 8 },
      { durationSeconds: 2, target: 8 },
    ];
    const { startedAt, seconds } = await runShape('closed', stages);
    const holds = stageWindows(stages).filter((window, i) => i > 0 && stages[i - 1]!.target === window.target);
    expect(holds).toHaveLength(3);
    for (const hold of holds) {
      const inside = inFlightSamples.filter((s) => s.at >= startedAt + (hold.from + EDGE_S) * 1000 && s.at <= startedAt + (hold.to - EDGE_S) * 1000);
      expect(inside.length).toBeGreaterThan(100);
      const mean = inside.reduce((sum, s) => sum + s.count, 0) / inside.length;
      expect(Math.abs(mean - hold.target) / hold.target, `stage ${hold.index}: ${mean.toFixed(2)} in flight for a target of ${hold.target}`).toBeLessThanOrEqual(0.1);
    }
    // The generator's own per-second reports carry the target beside what it achieved.
    expect(seconds.every((second) => second.shape?.kind === 'connections')).toBe(true);
    const held = seconds.filter((second) => second.second >= 3 && second.second <= 4);
    for (const second of held) expect(second.shape!.target).toBe(4);
  });

  it('follows an arrival-rate profile: arrivals per second at the server within 10% of each stage target', async () => {
    const stages = [
      { durationSeconds: 1, target: 100 },
      { durationSeconds: 3, target: 100 },
      { durationSeconds: 1, target: 400 },
      { durationSeconds: 3, target: 400 },
    ];
    const { startedAt, seconds } = await runShape('open', stages);
    const holds = stageWindows(stages).filter((window, i) => i > 0 && stages[i - 1]!.target === window.target);
    for (const hold of holds) {
      const from = startedAt + (hold.from + EDGE_S) * 1000;
      const to = startedAt + (hold.to - EDGE_S) * 1000;
      const rate = arrivals.filter((at) => at >= from && at < to).length / ((to - from) / 1000);
      expect(Math.abs(rate - hold.target) / hold.target, `stage ${hold.index}: ${rate.toFixed(1)}/s for a target of ${hold.target}/s`).toBeLessThanOrEqual(0.1);
    }
    // The ramp between them climbs: the arrivals of its second half outnumber its first half's.
    const ramp = stageWindows(stages)[2]!;
    const count = (a: number, b: number) => arrivals.filter((at) => at >= startedAt + a * 1000 && at < startedAt + b * 1000).length;
    expect(count(ramp.from + 0.5, ramp.to)).toBeGreaterThan(count(ramp.from, ramp.from + 0.5));
    expect(seconds.every((second) => second.shape?.kind === 'rate')).toBe(true);
  });

  it('saves a shaped run with its stages, and each second with its target', async () => {
    const stages = [
      { durationSeconds: 1, target: 2 },
      { durationSeconds: 2, target: 6 },
    ];
    const run = await startLoadRun({ targetId: 'ping', settings: runSettingsSchema.parse({ stages, thresholds: ['errors = 0'] }) });
    await waitForIdle();
    const stored = (await getRun(run.id))!;
    expect(stored.status).toBe('completed');
    const onDisk = JSON.parse(readFileSync(path.join(dataDir, 'runs', `${run.id}.json`), 'utf8')) as RunRecord;
    expect(onDisk.settings.stages).toEqual(stages);
    expect(onDisk.settings.durationSeconds).toBe(3);
    expect(onDisk.settings.connections).toBe(6);
    expect(onDisk.settings.thresholds).toEqual(['errors = 0']);
    expect(onDisk.seconds.length).toBeGreaterThanOrEqual(3);
    expect(onDisk.seconds.every((second) => typeof second.shape?.target === 'number' && typeof second.shape.achieved === 'number')).toBe(true);
    expect(onDisk.seconds.at(-1)!.shape!.target).toBeGreaterThan(onDisk.seconds[0]!.shape!.target);
  });
});
