import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as postGenerate } from '@/app/api/lookup/generate/route';
import { POST as postMigrate } from '@/app/api/lookup/migrate/route';
import { POST as postStaging } from '@/app/api/lookup/staging/route';
import { POST as postBurst } from '@/app/api/offer/burst/route';
import { POST as postReset } from '@/app/api/offer/reset/route';
import { POST as postSettings } from '@/app/api/offer/settings/route';
import { resetConfigForTests } from '@/lib/config';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getActiveJob, waitForIdle } from '@/lib/load/run-registry';
import { getLeanRoutes, startLoadRun } from '@/lib/scenarios';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { getRun, resetRunStoreForTests } from '@/lib/load/run-store';
import type { RunRecord } from '@/lib/load/run-types';
import { listLookupJobs } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { getOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';

/*
 * The workload interlock against a real load run: the app's lean routes served here on the
 * configured HOST/PORT, the generator forked as in production, orders on the real PostgreSQL
 * and Redis. While the run sells, the control routes that would corrupt it answer 409 busy
 * naming it, and nothing they would have changed changes.
 */

let server: Server;
let dataDir: string;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR };

beforeAll(async () => {
  const handleLean = createLeanHandler(getLeanRoutes());
  server = createServer((req, res) => {
    if (!handleLean(req, res)) res.writeHead(404).end();
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'interlock-'));
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

const control = (url: string, body: unknown) =>
  new NextRequest(`http://127.0.0.1:3000${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('one workload interlock', () => {
  it('answers reset, generate, staging, migrate, settings and a burst with 409 busy during a load run, and the books balance after it', async () => {
    const delayBefore = getOfferSettings().paymentDelayMs;
    const run = await startLoadRun({ targetId: 'order.legacy', settings: runSettingsSchema.parse({ connections: 10, durationSeconds: 4, stock: 100_000 }) });
    expect(getActiveJob()).not.toBeNull();
    // Let the run reset its stock and sell for a moment first.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const attempts = {
      reset: await postReset(control('/api/offer/reset', { stock: 5 })),
      generate: await postGenerate(control('/api/lookup/generate', { purchases: 100, seed: 1 })),
      staging: await postStaging(control('/api/lookup/staging', {})),
      migrate: await postMigrate(control('/api/lookup/migrate', { mode: 'restart' })),
      settings: await postSettings(control('/api/offer/settings', { paymentDelayMs: delayBefore + 7 })),
      burst: await postBurst(control('/api/offer/burst', { path: 'redis', requests: 10, concurrency: 2 })),
    };
    for (const [name, response] of Object.entries(attempts)) {
      expect(response.status, name).toBe(409);
      const body = (await response.json()) as { error: { code: string; reason: string; message: string; running: { kind: string; id: string } } };
      expect(body.error, name).toMatchObject({ code: 'conflict', reason: 'busy', running: { kind: 'load-run', id: run.id } });
      expect(body.error.message, name).toContain(run.id);
    }
    // Nothing they would have started or changed did.
    expect(listLookupJobs()).toEqual({ generate: null, staging: null, migrate: null });
    expect(getOfferSettings().paymentDelayMs).toBe(delayBefore);
    expect(getActiveJob()?.id).toBe(run.id);

    await waitForIdle();
    const stored = (await getRun(run.id)) as (RunRecord & { offer?: { audit: unknown } }) | null;
    if (!stored) throw new Error('the run was not stored');
    expect(stored.status).toBe('completed');
    expect(stored.summary!.succeeded).toBeGreaterThan(0);
    const audit = await auditOffer();
    expect(audit).toMatchObject({ initialStock: 100_000, balanced: true, unitsOversold: 0, problems: [] });
    expect(audit.ordersRecorded).toBeGreaterThan(0);
    expect(audit.ordersByPath.legacy).toBe(100_000 - audit.remainingInTable!);
    // The run's own audit, taken when it ended, agrees.
    expect(stored.offer?.audit, JSON.stringify(stored.offer?.audit)).toMatchObject({ balanced: true });
  });

  it('frees the actions once the run is over', async () => {
    const reset = await postReset(control('/api/offer/reset', { stock: 3_000 }));
    expect(reset.status).toBe(200);
  });
});
