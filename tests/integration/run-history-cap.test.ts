import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getRuns } from '@/app/api/runs/route';
import { resetConfigForTests } from '@/lib/config';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { waitForIdle } from '@/lib/load/run-registry';
import { getLeanRoutes, startLoadRun } from '@/lib/scenarios';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { listRuns, resetRunStoreForTests } from '@/lib/load/run-store';

/*
 * Run history stays bounded: real runs (the generator forked as in production, against the app's
 * own /api/ping) with RUN_HISTORY_LIMIT=5; after 15 of them only the newest 5 are in memory, on
 * disk and in GET /api/runs, whose pages walk them exactly once.
 */

const LIMIT = 5;
const runFilesOnDisk = () => readdirSync(path.join(dataDir, 'runs')).filter((name) => name.endsWith('.json'));
let server: Server;
let dataDir: string;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR, RUN_HISTORY_LIMIT: process.env.RUN_HISTORY_LIMIT };

beforeAll(async () => {
  const handleLean = createLeanHandler(getLeanRoutes());
  server = createServer((req, res) => {
    if (!handleLean(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'history-cap-'));
  Object.assign(process.env, { PORT: String((server.address() as AddressInfo).port), HOST: '127.0.0.1', DATA_DIR: dataDir, RUN_HISTORY_LIMIT: String(LIMIT) });
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

async function page(query: string): Promise<{ runs: Array<{ id: string }>; nextCursor: string | null; total: number }> {
  const response = await getRuns(new NextRequest(`http://127.0.0.1:3000/api/runs${query}`));
  expect(response.status).toBe(200);
  return response.json() as Promise<{ runs: Array<{ id: string }>; nextCursor: string | null; total: number }>;
}

describe('bounded run history', () => {
  it(`keeps the newest ${LIMIT} of ${LIMIT + 10} runs in memory, on disk and in the API, and pages through them`, async () => {
    const started: string[] = [];
    for (let i = 0; i < LIMIT + 10; i += 1) {
      const run = await startLoadRun({ targetId: 'ping', settings: runSettingsSchema.parse({ connections: 1, amount: 5 }) });
      started.push(run.id);
      await waitForIdle();
    }
    const newest = started.slice(-LIMIT).reverse();

    expect((await listRuns()).map((run) => run.id)).toEqual(newest);
    expect(runFilesOnDisk().sort()).toEqual(newest.map((id) => `${id}.json`).sort());

    const first = await page('?limit=2');
    expect(first.total).toBe(LIMIT);
    const walked = [...first.runs.map((run) => run.id)];
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await page(`?limit=2&before=${cursor}`);
      walked.push(...next.runs.map((run) => run.id));
      cursor = next.nextCursor;
    }
    expect(walked).toEqual(newest);
    // A cursor that was pruned away says so instead of starting over silently.
    const pruned = await getRuns(new NextRequest(`http://127.0.0.1:3000/api/runs?before=${started[0]}`));
    expect(pruned.status).toBe(404);

    // After a restart the history read from disk is the same bounded one.
    resetRunStoreForTests();
    expect((await listRuns()).map((run) => run.id)).toEqual(newest);
  });

  it('prunes a history that outgrew a lowered limit when it is loaded', async () => {
    process.env.RUN_HISTORY_LIMIT = '2';
    resetConfigForTests();
    resetRunStoreForTests();
    const kept = await listRuns();
    expect(kept).toHaveLength(2);
    expect(runFilesOnDisk()).toHaveLength(2);
  });
});
