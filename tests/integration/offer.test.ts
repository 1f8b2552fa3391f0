import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closePostgresPool } from '@/lib/db/postgres/pool';
import { closeRedis } from '@/lib/db/redis/client';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { startRedis } from '../../scripts/stack/start-redis';
import type { StartedBackend } from '../../scripts/stack/started-backend';
import { fire, get, startLeanServer } from './support/http-load';

/*
 * The limited-offer scenario on the real embedded PostgreSQL and Redis, through the lean routes
 * over HTTP, at the workshop's concurrency.
 */

const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;

/** 3,000 answers on stock 1,000: 1,000 sales, each remaining count 999..0 once, 2,000 Out Of Stock. */
function expectExactSellOut(answers: Awaited<ReturnType<typeof fire>>): void {
  expect(answers).toHaveLength(3_000);
  expect(count(answers, (a) => a.status === 200)).toBe(3_000);
  // Every body is as wide as `Out Of Stock`, so ab's length check finds no failures.
  expect(new Set(answers.map((a) => a.body.length))).toEqual(new Set([12]));
  const sold = answers.filter((a) => a.body !== 'Out Of Stock');
  expect(sold).toHaveLength(1_000);
  expect(count(answers, (a) => a.body === 'Out Of Stock')).toBe(2_000);
  const remaining = sold.map((a) => Number(a.body.trim())).sort((x, y) => x - y);
  expect(remaining).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
}

let baseUrl: string;
let closeServer: () => Promise<void>;

beforeAll(async () => {
  const server = await startLeanServer();
  baseUrl = server.baseUrl;
  closeServer = server.close;
});

afterAll(() => closeServer());

const defaultDelay = getOfferSettings().paymentDelayMs;
afterAll(() => {
  updateOfferSettings({ paymentDelayMs: defaultDelay });
});

describe('workshop routes at c=150, n=3000, stock 1,000', () => {
  // A small payment step keeps each order's transaction open long enough for orders to overlap.
  beforeAll(() => {
    updateOfferSettings({ paymentDelayMs: 2 });
  });

  it('legacy /order sells exactly the stock: 1,000 orders, 2,000 Out Of Stock, table at 0, 1,000 history rows', async () => {
    await resetOffer({ stock: 1_000 });
    const answers = await fire(`${baseUrl}/order`, 3_000, 150);

    expectExactSellOut(answers);

    const audit = await auditOffer();
    expect(audit).toMatchObject({
      initialStock: 1_000,
      remainingInTable: 0,
      remainingInRedis: 1_000,
      ordersRecorded: 1_000,
      ordersByPath: { legacy: 1_000, redis: 0, naive: 0 },
      unitsOversold: 0,
      balanced: true,
      problems: [],
    });
  });

  it('atomic /order-redis sells exactly the stock: 1,000 orders, 2,000 Out Of Stock, Redis at 0, 1,000 history rows', async () => {
    await resetOffer({ stock: 1_000 });
    const answers = await fire(`${baseUrl}/order-redis`, 3_000, 150);

    expectExactSellOut(answers);

    const audit = await auditOffer();
    expect(audit).toMatchObject({
      initialStock: 1_000,
      remainingInTable: 1_000,
      remainingInRedis: 0,
      ordersRecorded: 1_000,
      ordersByPath: { legacy: 0, redis: 1_000, naive: 0 },
      unitsOversold: 0,
      balanced: true,
    });
  });

  it('the JSON twins answer { outcome, remaining } for the legacy and atomic paths', async () => {
    await resetOffer({ stock: 2 });
    const agent = new Agent();
    try {
      for (const path of ['legacy', 'redis']) {
        const first = await get(`${baseUrl}/api/order/${path}`, agent);
        expect(first.status).toBe(200);
        expect(JSON.parse(first.body)).toEqual({ outcome: 'ordered', remaining: 1 });
        expect(JSON.parse((await get(`${baseUrl}/api/order/${path}`, agent)).body)).toEqual({ outcome: 'ordered', remaining: 0 });
        expect(JSON.parse((await get(`${baseUrl}/api/order/${path}`, agent)).body)).toEqual({ outcome: 'out_of_stock', remaining: 0 });
      }
    } finally {
      agent.destroy();
    }
    expect(await auditOffer()).toMatchObject({ ordersByPath: { legacy: 2, redis: 2, naive: 0 }, balanced: false, unitsOversold: 2 });
  });

  it('the naive read-then-decrement path under the same load: the audit counts exactly what it oversold', async () => {
    await resetOffer({ stock: 1_000 });
    const answers = await fire(`${baseUrl}/api/order/naive`, 3_000, 150);
    expect(count(answers, (a) => a.status === 200)).toBe(3_000);
    const outcomes = answers.map((a) => JSON.parse(a.body) as { outcome: string; remaining: number });
    const ordered = count(outcomes, (o) => o.outcome === 'ordered');
    const oversold = count(outcomes, (o) => o.outcome === 'oversold');
    console.info(
      `naive path, stock 1,000, 3,000 requests at c=150: ${ordered} ordered within stock, ${oversold} oversold.` +
        (oversold === 0
          ? ' No oversell this time: the race needs more GETs answered between one order\'s GET and its DECR than units are left,' +
            ' and on one event loop the GETs of a burst are answered together only near the start of a wave; the next test makes the wave.'
          : ''),
    );
    expect(ordered).toBe(1_000);
    const audit = await auditOffer();
    expect(audit.ordersRecorded).toBe(1_000 + oversold);
    expect(audit.remainingInRedis).toBe(-oversold);
    expect(audit.unitsOversold).toBe(oversold);
    expect(audit.unaccountedInRedis).toBe(0);
    expect(audit.balanced).toBe(oversold === 0);
  });

  it('a wave of 150 orders at once for 50 units: the naive path oversells, the atomic path sells exactly 50', async () => {
    // 150 keep-alive connections opened first, then 150 orders written on them at once, so the
    // server reads the whole wave together: all 150 GETs go out before the first DECR.
    const wave = async (url: string) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 150 });
      try {
        await Promise.all(Array.from({ length: 150 }, () => get(`${baseUrl}/warm-up`, agent)));
        return (await Promise.all(Array.from({ length: 150 }, () => get(url, agent)))).map((a) => JSON.parse(a.body) as { outcome: string; remaining: number });
      } finally {
        agent.destroy();
      }
    };

    await resetOffer({ stock: 50 });
    const naive = await wave(`${baseUrl}/api/order/naive`);
    const oversold = count(naive, (o) => o.outcome === 'oversold');
    console.info(`naive path, wave of 150 for 50 units: ${count(naive, (o) => o.outcome === 'ordered')} ordered, ${oversold} oversold`);
    expect(oversold).toBeGreaterThan(0);
    const naiveAudit = await auditOffer();
    expect(naiveAudit).toMatchObject({ ordersRecorded: 50 + oversold, remainingInRedis: -oversold, unitsOversold: oversold, balanced: false });
    expect(naiveAudit.problems.join(' ')).toMatch(/sold beyond the initial stock/);

    await resetOffer({ stock: 50 });
    const atomic = await wave(`${baseUrl}/api/order/redis`);
    expect(count(atomic, (o) => o.outcome === 'ordered')).toBe(50);
    expect(count(atomic, (o) => o.outcome === 'out_of_stock')).toBe(100);
    expect(await auditOffer()).toMatchObject({ ordersRecorded: 50, remainingInRedis: 0, unitsOversold: 0, balanced: true });
  });
});

describe('input and methods', () => {
  it('answers anything in the query string with 400 JSON, and other methods with 405', async () => {
    const agent = new Agent();
    try {
      for (const path of ['/order', '/order-redis', '/api/order/naive']) {
        const bad = await get(`${baseUrl}${path}?stock=5`, agent);
        expect(bad.status).toBe(400);
        expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'bad_request' } });
      }
      const post = await new Promise<number>((resolve, reject) => {
        request(`${baseUrl}/order`, { method: 'POST', agent }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end();
      });
      expect(post).toBe(405);
    } finally {
      agent.destroy();
    }
  });

  it('refuses a stock outside 0..1,000,000', async () => {
    await expect(resetOffer({ stock: -1 })).rejects.toThrow(/stock must be an integer/);
    await expect(resetOffer({ stock: 1.5 })).rejects.toThrow(/stock must be an integer/);
  });
});

describe('Redis stopped in the middle of a run', () => {
  // A Redis of its own beside the suite's, so stopping it disturbs no other test file.
  const port = Number(new URL(process.env.REDIS_URL!).port) + 12;
  const originalUrl = process.env.REDIS_URL;
  let redis: StartedBackend | undefined;
  const log = () => undefined;
  const dataDir = `${process.env.TEST_DATA_DIR}/offer-redis`;

  beforeAll(async () => {
    redis = await startRedis({ port, dataDir, log });
    process.env.REDIS_URL = redis.env.REDIS_URL;
    resetConfigForTests();
    await closeRedis();
    updateOfferSettings({ paymentDelayMs: 2 });
  });

  afterAll(async () => {
    await redis?.stop();
    await closeRedis();
    process.env.REDIS_URL = originalUrl;
    resetConfigForTests();
  });

  it('answers 503 JSON within a second while Redis is down, and the books balance once it is back', async () => {
    await resetOffer({ stock: 1_000 });
    let stopping: Promise<void> | undefined;
    const first = await fire(`${baseUrl}/order-redis`, 3_000, 150, (answers) => {
      // Stop Redis once a fifth of the run is answered; the rest of the run meets the outage.
      if (answers.length === 600 && !stopping) stopping = redis!.stop();
    });
    await stopping;

    const sold = count(first, (a) => a.status === 200 && a.body !== 'Out Of Stock');
    const refused = first.filter((a) => a.status === 503);
    expect(sold).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(count(first, (a) => a.status !== 200 && a.status !== 503)).toBe(0);
    for (const answer of refused) {
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unavailable', message: expect.stringMatching(/Redis|unavailable/i) } });
    }
    expect(Math.max(...refused.map((a) => a.ms))).toBeLessThan(1_000);

    // While Redis is down the audit still answers, unbalanced, and says why.
    const blind = await auditOffer();
    expect(blind.balanced).toBe(false);
    expect(blind.remainingInRedis).toBeNull();
    expect(blind.problems.join(' ')).toMatch(/Redis could not be read/);

    redis = await startRedis({ port, dataDir, log });
    const deadline = Date.now() + 10_000;
    let audit = await auditOffer();
    while ((audit.remainingInRedis === null || audit.takesToReconcile > 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      audit = await auditOffer();
    }
    expect(audit).toMatchObject({ initialStock: 1_000, ordersRecorded: sold, ordersByPath: { redis: sold }, remainingInRedis: 1_000 - sold, balanced: true });

    // Orders go on where they stopped and still sell exactly the stock.
    const second = await fire(`${baseUrl}/order-redis`, 1_500, 150);
    expect(count(second, (a) => a.status === 200)).toBe(1_500);
    const soldAfter = count(second, (a) => a.body !== 'Out Of Stock');
    expect(sold + soldAfter).toBe(1_000);
    expect(await auditOffer()).toMatchObject({ remainingInRedis: 0, ordersRecorded: 1_000, unitsOversold: 0, balanced: true });
  });
});

describe('PostgreSQL unreachable', () => {
  const originalUrl = process.env.DATABASE_URL;

  afterAll(async () => {
    await closePostgresPool();
    process.env.DATABASE_URL = originalUrl;
    resetConfigForTests();
  });

  it('answers both workshop routes with 503 JSON within a second; the Redis path gives its units back', async () => {
    // More stock than requests, so no request finds the stock momentarily taken by another.
    await resetOffer({ stock: 1_000 });
    // A port with nothing listening, beside the suite's own PostgreSQL.
    const url = new URL(originalUrl!);
    url.port = String(Number(url.port) + 13);
    process.env.DATABASE_URL = url.toString();
    resetConfigForTests();
    await closePostgresPool();

    for (const path of ['/order', '/order-redis']) {
      const answers = await fire(`${baseUrl}${path}`, 150, 50);
      expect(count(answers, (a) => a.status === 503)).toBe(150);
      expect(JSON.parse(answers[0]!.body)).toMatchObject({ error: { code: 'unavailable', message: expect.stringMatching(/ECONNREFUSED|unavailable/) } });
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(1_000);
    }

    // Back on the real database: every unit the Redis path took came back, nothing was recorded.
    process.env.DATABASE_URL = originalUrl;
    resetConfigForTests();
    await closePostgresPool();
    expect(await auditOffer()).toMatchObject({ remainingInRedis: 1_000, remainingInTable: 1_000, ordersRecorded: 0, takesToReconcile: 0, balanced: true });
  });
});
