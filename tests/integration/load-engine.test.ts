import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { startGenerator } from '@/lib/load/generator/spawn-generator';
import { followRun } from '@/lib/load/follow-run';
import { cancelRun, liveListenerCount, subscribeToRuns, waitForIdle } from '@/lib/load/run-registry';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { getRun, listRuns, resetRunStoreForTests } from '@/lib/load/run-store';
import type { LiveEvent, RunRecord } from '@/lib/load/run-types';
import { getLeanRoutes, startLoadRun } from '@/lib/scenarios';
import { offerTargets } from '@/lib/scenarios/limited-offer/catalog';
import { prepareLookup } from '@/lib/scenarios/purchase-lookup/load-targets';

/**
 * The engine end to end: the app's own lean handler (the real /api/ping) served in this process
 * on the configured HOST/PORT, the generator forked as in production, runs stored in a
 * temporary DATA_DIR.
 */

let server: Server;
let dataDir: string;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR };
/** Order answers counted on the server side, to check the generator's outcome counts against. */
const served = { ordered: 0, out_of_stock: 0, oversold: 0 };

/** Purchase keys the test lookup target was asked for, in arrival order. */
const requestedKeys: string[] = [];

const settings = (input: Record<string, unknown>) => runSettingsSchema.parse(input);

beforeAll(async () => {
  const handleLean = createLeanHandler(getLeanRoutes());
  server = createServer((req, res) => {
    if (handleLean(req, res)) return;
    // A test-only order-like target: the body carries the outcome, as /api/order/* answers do.
    if (req.url === '/test/order') {
      const roll = Math.random();
      const outcome = roll < 0.6 ? 'ordered' : roll < 0.9 ? 'out_of_stock' : 'oversold';
      served[outcome] += 1;
      const body = JSON.stringify({ outcome, remaining: 0 });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      return;
    }
    if (req.url?.startsWith('/test/lookup?')) {
      const query = new URLSearchParams(req.url.slice(req.url.indexOf('?') + 1));
      requestedKeys.push(`${query.get('customerId')}/${query.get('purchaseId')}`);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 }).end('{}');
      return;
    }
    if (req.url === '/test/slow') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 40);
      return;
    }
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'load-engine-'));
  process.env.PORT = String((server.address() as AddressInfo).port);
  process.env.HOST = '127.0.0.1';
  process.env.DATA_DIR = dataDir;
  resetConfigForTests();
  resetRunStoreForTests();
});

afterAll(async () => {
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

async function runToEnd(run: RunRecord): Promise<RunRecord> {
  await waitForIdle();
  const stored = await getRun(run.id);
  if (!stored) throw new Error(`run ${run.id} was not stored`);
  return stored;
}

describe('load engine', () => {
  it('runs ab -c 20 -n 3000 against /api/ping and every count adds up to the requests sent', async () => {
    const seconds: number[] = [];
    const unsubscribe = subscribeToRuns((event: LiveEvent) => {
      if (event.type === 'second') seconds.push(event.second.requests);
    });
    const run = await runToEnd(await startLoadRun({ targetId: 'ping', settings: settings({ connections: 20, amount: 3000 }) }));
    unsubscribe();

    expect(run.status).toBe('completed');
    const s = run.summary!;
    expect(s.sent).toBe(3000);
    expect(s.completed).toBe(3000);
    expect(s.succeeded).toBe(3000);
    expect(s.failed).toBe(0);
    expect(s.unfinished).toBe(0);
    // The per-second rows, the live stream and the summary agree exactly.
    expect(run.seconds.reduce((sum, second) => sum + second.requests, 0)).toBe(3000);
    expect(run.seconds.reduce((sum, second) => sum + second.sent, 0)).toBe(3000);
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(s.distribution.reduce((sum, bin) => sum + bin.count, 0)).toBe(3000);
    expect(s.latency.p50).toBeGreaterThan(0);
    expect(s.latency.p50).toBeLessThanOrEqual(s.latency.p95);
    expect(s.latency.p95).toBeLessThanOrEqual(s.latency.max);
    expect(s.requestsPerSecond).toBeGreaterThan(100);
    // Stored on disk, with the model and the generator's own load per second.
    expect(run.seconds.every((second) => second.generator.cpuPercent >= 0)).toBe(true);
    expect(run.request).toBe('GET /api/ping');
  });

  it('refuses a second run while one is going with 409 and the running id, and cancel stops it within 1 s', async () => {
    const run = await startLoadRun({ targetId: 'ping', settings: settings({ connections: 10, durationSeconds: 60 }) });
    expect(run.status).toBe('running');

    const second = await startLoadRun({ targetId: 'ping', settings: settings({ connections: 1, amount: 1 }) }).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(AppError);
    expect((second as AppError).status).toBe(409);
    expect((second as AppError).details).toMatchObject({ runningId: run.id });

    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const cancelledAt = Date.now();
    await cancelRun(run.id);
    await waitForIdle();
    const stoppedIn = Date.now() - cancelledAt;
    expect(stoppedIn).toBeLessThan(1_000);

    const stored = (await getRun(run.id))!;
    expect(stored.status).toBe('cancelled');
    const s = stored.summary!;
    expect(s.completed).toBeGreaterThan(0);
    // Sent = answered + failed + the few in flight when the connections were closed.
    expect(s.completed + s.errors.timeout + s.errors.connection + s.unfinished).toBe(s.sent);
    expect(s.unfinished).toBeLessThanOrEqual(10);
    expect(stored.seconds.reduce((sum, second) => sum + second.requests, 0)).toBe(s.completed);
    // After the cancel the slot is free again.
    const next = await runToEnd(await startLoadRun({ targetId: 'ping', settings: settings({ connections: 1, amount: 5 }) }));
    expect(next.status).toBe('completed');
  });

  it('runs the open model at a fixed arrival rate', async () => {
    const run = await runToEnd(await startLoadRun({ targetId: 'ping', settings: settings({ model: 'open', rate: 200, durationSeconds: 3 }) }));
    expect(run.status).toBe('completed');
    const s = run.summary!;
    // 3 s at 200 arrivals/s; the end of the run is noticed within autocannon's 50 ms sample tick.
    expect(s.sent).toBeGreaterThanOrEqual(580);
    expect(s.sent).toBeLessThanOrEqual(620);
    const full = run.seconds.filter((second) => second.windowMs >= 990);
    for (const second of full.slice(1)) expect(second.requests).toBeGreaterThanOrEqual(180);
    expect(s.latency.p50).toBeLessThan(50);
  });

  it('counts order outcomes from the response bodies', async () => {
    for (const key of Object.keys(served) as Array<keyof typeof served>) served[key] = 0;
    const handle = startGenerator(
      {
        baseUrl: `http://127.0.0.1:${process.env.PORT}`,
        request: { kind: 'static', path: '/test/order' },
        outcomes: offerTargets.legacy.outcomes,
        settings: settings({ connections: 8, amount: 1000 }),
      },
      () => undefined,
    );
    const { summary } = await handle.result;
    expect(summary.outcomes).toEqual({ ordered: served.ordered, outOfStock: served.out_of_stock, oversold: served.oversold, unreadable: 0 });
    expect(served.ordered + served.out_of_stock + served.oversold).toBe(1000);
  });

  it('counts status errors and connection errors apart', async () => {
    const handle = startGenerator(
      { baseUrl: `http://127.0.0.1:${process.env.PORT}`, request: { kind: 'static', path: '/test/missing' }, outcomes: null, settings: settings({ connections: 2, amount: 50 }) },
      () => undefined,
    );
    const missing = (await handle.result).summary;
    expect(missing.errors.status).toBe(50);
    expect(missing.errors.byStatus).toEqual({ '404': 50 });
    expect(missing.failed).toBe(50);

    // A port nobody listens on: every attempt is a connection error.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = startGenerator(
      { baseUrl: `http://127.0.0.1:${port}`, request: { kind: 'static', path: '/' }, outcomes: null, settings: settings({ connections: 2, amount: 20 }) },
      () => undefined,
    );
    const refusedSummary = (await refused.result).summary;
    expect(refusedSummary.errors.connection).toBeGreaterThan(0);
    expect(refusedSummary.completed).toBe(0);
  });

  it('asks both sides of a lookup showdown for the same purchases in the same order (seeded keys)', async () => {
    const keys = Array.from({ length: 300 }, (_, i) => ({ customerId: `c-${i % 37}`, purchaseId: `p ${i}&x` }));
    const runKeyed = async (seed: number, connections: number) => {
      requestedKeys.length = 0;
      const handle = startGenerator(
        { baseUrl: `http://127.0.0.1:${process.env.PORT}`, request: prepareLookup('/test/lookup', keys, { ...settings({ connections, amount: 500 }), seed }).request, outcomes: null, settings: settings({ connections, amount: 500 }) },
        () => undefined,
      );
      const { summary } = await handle.result;
      expect(summary.succeeded).toBe(500);
      return [...requestedKeys];
    };
    const first = await runKeyed(7, 1);
    const second = await runKeyed(7, 1);
    expect(second).toEqual(first);
    // Keys are sent properly encoded and decoded back.
    expect(first.every((key) => /^c-\d+\/p \d+&x$/.test(key))).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(150);
    // With several connections the arrival order interleaves, but the same purchases are asked for.
    const parallel = await runKeyed(7, 4);
    expect([...parallel].sort()).toEqual([...first].sort());
    const otherSeed = await runKeyed(8, 1);
    expect(otherSeed).not.toEqual(first);
  });

  it('streams a run as events (record, seconds, final record) and a follower that leaves drops only its listener', async () => {
    const run = await startLoadRun({ targetId: 'ping', settings: settings({ connections: 5, durationSeconds: 3 }) });
    const listenersBefore = liveListenerCount();
    // One follower leaves after a second; the run must go on.
    const leaving = new AbortController();
    const leaver = await followRun(run.id, leaving.signal);
    const leaverReader = leaver.body!.getReader();
    await leaverReader.read();
    expect(liveListenerCount()).toBe(listenersBefore + 1);

    const follower = await followRun(run.id, new AbortController().signal);
    expect(follower.headers.get('content-type')).toMatch(/^text\/event-stream/);
    setTimeout(() => leaving.abort(), 1_000);
    const events: Array<{ type: string; run?: RunRecord }> = [];
    const decoder = new TextDecoder();
    let text = '';
    for await (const chunk of follower.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
    }
    for (const block of text.split('\n\n')) {
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data) events.push(JSON.parse(data.slice(6)) as { type: string; run?: RunRecord });
    }
    // The stream closed by itself after the final record.
    expect(events[0]).toMatchObject({ type: 'run', run: { id: run.id, status: 'running' } });
    expect(events.filter((event) => event.type === 'second').length).toBeGreaterThanOrEqual(3);
    const last = events.at(-1)!;
    expect(last.type).toBe('run');
    expect(last.run!.status).toBe('completed');
    expect(last.run!.summary!.completed).toBe(last.run!.seconds.reduce((sum, s) => sum + s.requests, 0));
    await waitForIdle();
    expect(liveListenerCount()).toBe(listenersBefore);
  });

  it('marks a run left "running" by a restart as interrupted, keeping its seconds', async () => {
    const id = '20260101-000000-dead01';
    const runsDir = path.join(dataDir, 'runs');
    mkdirSync(runsDir, { recursive: true });
    const second = { second: 1, t: 1_767_225_601_000, windowMs: 1000, requests: 10, rps: 10, sent: 10, p50: 1, p90: 1, p95: 1, p99: 1, max: 1, mean: 1, errors: { status: 0, timeout: 0, connection: 0, byStatus: {} }, outcomes: null, lateStarts: 0, generator: { cpuPercent: 1, eventLoopLagP99Ms: 0, eventLoopLagMaxMs: 0, saturated: false } };
    writeFileSync(
      path.join(runsDir, `${id}.json`),
      JSON.stringify({ id, targetId: 'ping', scenario: 'ping', side: null, label: 'Ping', request: 'GET /api/ping', status: 'running', startedAt: 1_767_225_600_000, endedAt: null, settings: settings({ amount: 10 }), seconds: [second], summary: null, error: null, showdown: null, keys: null, offer: null }),
    );
    resetRunStoreForTests(); // as after a restart

    const runs = await listRuns();
    const run = runs.find((candidate) => candidate.id === id)!;
    expect(run.status).toBe('interrupted');
    expect(run.endedAt).toBe(second.t);
    expect(run.seconds).toHaveLength(1);
    expect(runs.some((candidate) => candidate.status === 'running')).toBe(false);
    // The earlier runs of this file survived the "restart" too.
    expect(runs.filter((candidate) => candidate.status === 'completed').length).toBeGreaterThanOrEqual(3);
  });
});
