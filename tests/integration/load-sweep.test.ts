import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as sweepRoute from '@/app/api/sweeps/[id]/route';
import * as sweepCancelRoute from '@/app/api/sweeps/[id]/cancel/route';
import * as sweepExportRoute from '@/app/api/sweeps/[id]/export/route';
import * as sweepsRoute from '@/app/api/sweeps/route';
import { resetConfigForTests } from '@/lib/config';
import { waitForIdle } from '@/lib/load/run-registry';
import { resetRunStoreForTests } from '@/lib/load/run-store';
import { resetSweepStoreForTests } from '@/lib/load/sweeps/sweep-store';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { startRouteServer, type RouteTable } from './support/route-server';

/**
 * A concurrency sweep of the order paths through the app's own routes and lean path on the real
 * stack (PostgreSQL, Redis): one point per level and side, the stock reset before each and the
 * books audited after each, exported as JSON, CSV and HTML; and a sweep cancelled mid-level.
 */

let app: Awaited<ReturnType<typeof startRouteServer>>;
let dataDir: string;
const saved = { PORT: process.env.PORT, HOST: process.env.HOST, DATA_DIR: process.env.DATA_DIR, PAYMENT_DELAY_MS: process.env.PAYMENT_DELAY_MS, ADMIN_TOKEN: process.env.ADMIN_TOKEN };

const routes: RouteTable = {
  '/api/sweeps': { GET: sweepsRoute.GET as never, POST: sweepsRoute.POST as never },
  '/api/sweeps/[id]': { GET: sweepRoute.GET as never },
  '/api/sweeps/[id]/cancel': { POST: sweepCancelRoute.POST as never },
  '/api/sweeps/[id]/export': { GET: sweepExportRoute.GET as never },
};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'load-sweep-'));
  app = await startRouteServer(routes);
  Object.assign(process.env, { PORT: String(app.port), HOST: '127.0.0.1', DATA_DIR: dataDir, PAYMENT_DELAY_MS: '5' });
  delete process.env.ADMIN_TOKEN;
  resetConfigForTests();
  resetRunStoreForTests();
  resetSweepStoreForTests();
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
  resetSweepStoreForTests();
});

const post = (url: string, body?: unknown) => fetch(`${app.baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

async function untilDone(id: string, timeoutMs: number): Promise<SweepRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sweep = (await (await fetch(`${app.baseUrl}/api/sweeps/${id}`)).json()) as SweepRecord;
    if (sweep.status !== 'running') return sweep;
    if (Date.now() > deadline) throw new Error(`sweep ${id} still running: ${JSON.stringify(sweep.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('concurrency sweep', () => {
  it('runs both order paths through every level: one point per level and side, the books balanced at each', async () => {
    const levels = [1, 4, 16];
    const started = await post('/api/sweeps', { scenario: 'order', levels: [16, 1, 4], secondsPerLevel: 2, stock: 200_000, thresholds: ['oversold = 0', 'errors = 0'] });
    expect(started.status, await started.clone().text()).toBe(202);
    const { sweep } = (await started.json()) as { sweep: SweepRecord };
    expect(sweep.settings.levels).toEqual(levels);

    // One job at a time: a second sweep is refused while this one runs.
    const second = await post('/api/sweeps', { scenario: 'order', levels: [1, 2], secondsPerLevel: 1 });
    expect(second.status).toBe(409);

    const done = await untilDone(sweep.id, 60_000);
    expect(done.status).toBe('completed');
    expect(done.points.map((p) => [p.level, p.side])).toEqual(levels.flatMap((level) => [[level, 'legacy'], [level, 'modern']]));
    for (const point of done.points) {
      expect(point.status).toBe('completed');
      expect(point.summary!.failed).toBe(0);
      // Every answered order is in the books, nothing oversold, at every level.
      expect(point.audit, `${point.side} @ ${point.level}`).toMatchObject({ balanced: true, problems: [], initialStock: 200_000 });
      // The books hold every order the client saw, plus those cut off in flight when the level's time ran out.
      const { outcomes, unfinished, errors } = point.summary!;
      expect(point.audit!.recorded).toBeGreaterThanOrEqual(outcomes!.ordered!);
      expect(point.audit!.recorded).toBeLessThanOrEqual(outcomes!.ordered! + unfinished + errors.timeout);
      expect(point.summary!.outcomes!.ordered).toBeGreaterThan(0);
      expect(point.summary!.outcomes!.oversold).toBe(0);
      expect(point.thresholds).toMatchObject({ passed: true, stage: 'final' });
    }
    expect(done.passed).toBe(true);
    expect(done.engines?.legacy.name).toMatch(/PostgreSQL/);
    expect(done.engines?.modern.name).toMatch(/Redis|Valkey/);
    // The last level's books are the ones in the database now.
    expect((await auditOffer()).ordersRecorded).toBe(done.points.at(-1)!.audit!.recorded);

    const csv = await (await fetch(`${app.baseUrl}/api/sweeps/${sweep.id}/export?format=csv`)).text();
    const lines = csv.trim().split('\n');
    expect(lines).toHaveLength(1 + levels.length * 2);
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['side', 'level', 'requests_per_s', 'p95_ms', 'books_balanced', 'knee']));
    expect(lines.slice(1).every((line) => line.split(',')[header.indexOf('books_balanced')] === 'true')).toBe(true);
    const html = await (await fetch(`${app.baseUrl}/api/sweeps/${sweep.id}/export?format=html`)).text();
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    const json = (await (await fetch(`${app.baseUrl}/api/sweeps/${sweep.id}/export?format=json`)).json()) as SweepRecord;
    expect(json.points).toHaveLength(levels.length * 2);
    const list = (await (await fetch(`${app.baseUrl}/api/sweeps`)).json()) as { sweeps: Array<{ id: string; pointCount: number }> };
    expect(list.sweeps.find((item) => item.id === sweep.id)?.pointCount).toBe(levels.length * 2);
  });

  it('is cancelled within a level: the level stops within a second, no further level starts', async () => {
    const started = await post('/api/sweeps', { scenario: 'order', modernTargetId: 'order.redis', levels: [2, 8], secondsPerLevel: 30, stock: 100_000 });
    const { sweep } = (await started.json()) as { sweep: SweepRecord };
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const cancelledAt = Date.now();
    const cancel = await post(`/api/sweeps/${sweep.id}/cancel`);
    expect(cancel.status).toBe(200);
    await waitForIdle();
    expect(Date.now() - cancelledAt).toBeLessThan(1_500);
    const done = await untilDone(sweep.id, 5_000);
    expect(done.status).toBe('cancelled');
    expect(done.points).toHaveLength(1);
    expect(done.points[0]).toMatchObject({ side: 'legacy', level: 2, status: 'cancelled' });
    // Cancelled mid-level, the books still balance: every order taken was recorded.
    expect(done.points[0]!.audit?.balanced).toBe(true);
    const again = await post(`/api/sweeps/${sweep.id}/cancel`);
    expect(again.status).toBe(409);
  });

  it('answers bad input with 4xx JSON', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ scenario: 'order', levels: [5] }, /at least 2/],
      [{ scenario: 'order', levels: [1, 5000] }, /between 1 and 1,000/],
      [{ scenario: 'nope' }, /scenario/],
      [{ scenario: 'lookup', modernTargetId: 'order.redis' }, /modern side/],
      [{ scenario: 'order', thresholds: ['p95 fast'] }, /not a rule/],
    ];
    for (const [body, message] of cases) {
      const response = await post('/api/sweeps', body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toMatch(message);
    }
    expect((await fetch(`${app.baseUrl}/api/sweeps/not-an-id`)).status).toBe(400);
    expect((await fetch(`${app.baseUrl}/api/sweeps/w20260101-000000-abcdef`)).status).toBe(404);
  });
});
