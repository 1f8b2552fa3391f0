import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { waitForIdle } from '@/lib/load/run-registry';
import { getRun, resetRunStoreForTests } from '@/lib/load/run-store';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import type { GetItemLatencyReport } from '@/lib/metrics/latency-series';
import { readGetItemLatency } from '@/lib/metrics/read-getitem-latency';
import { startLoadRun } from '@/lib/scenarios';
import { startLeanServer } from './support/http-load';

/*
 * Issue 6's check on the emulator: a real lookup load run (generator process, lean routes, real
 * dynalite), after which the GetItem series counts exactly the GetItems the run performed, and
 * the run's end-to-end p95 sits in the same window.
 */

const REQUESTS = 400;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR };
let server: Awaited<ReturnType<typeof startLeanServer>>;
let dataDir: string;

const sampleTotal = (report: GetItemLatencyReport) => report.getItem.points.reduce((sum, point) => sum + point.sampleCount, 0);

beforeAll(async () => {
  server = await startLeanServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'metrics-run-'));
  Object.assign(process.env, { PORT: new URL(server.baseUrl).port, HOST: '127.0.0.1', DATA_DIR: dataDir });
  resetConfigForTests();
  resetRunStoreForTests();

  await generatePurchaseData({ purchases: 500, seed: 31 });
  await buildStagingTable();
  await migratePurchases({ mode: 'restart' });
});

afterAll(async () => {
  await waitForIdle();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  resetRunStoreForTests();
});

describe('GetItem latency after a real lookup run on the emulator', () => {
  it('counts exactly the GetItems the run performed, per second and per minute, beside its end-to-end p95', async () => {
    const before = { second: await readGetItemLatency({ window: 15, resolution: 'second' }), minute: await readGetItemLatency({ window: 15, resolution: 'minute' }) };

    const started = await startLoadRun({ targetId: 'lookup.dynamodb', settings: runSettingsSchema.parse({ connections: 10, amount: REQUESTS }) });
    await waitForIdle();
    const run = await getRun(started.id);
    expect(run?.status).toBe('completed');
    expect(run?.summary).toMatchObject({ sent: REQUESTS, succeeded: REQUESTS, failed: 0 });

    const perSecond = await readGetItemLatency({ window: 15, resolution: 'second' });
    const perMinute = await readGetItemLatency({ window: 15, resolution: 'minute' });
    // One GetItem per lookup request, each timed by the server, none by anything else meanwhile.
    expect(sampleTotal(perSecond) - sampleTotal(before.second)).toBe(REQUESTS);
    expect(sampleTotal(perMinute) - sampleTotal(before.minute)).toBe(REQUESTS);

    // The run's own end-to-end p95 is in the same window, and is at least the GetItem average it contains.
    const endToEnd = perMinute.endToEnd.points.filter((point) => point.requests > 0);
    expect(endToEnd.reduce((sum, point) => sum + point.requests, 0)).toBeGreaterThanOrEqual(REQUESTS);
    const latestGetItem = perMinute.getItem.points.at(-1)!;
    expect(Math.max(...endToEnd.map((point) => point.p95))).toBeGreaterThanOrEqual(latestGetItem.average);
  });
});
