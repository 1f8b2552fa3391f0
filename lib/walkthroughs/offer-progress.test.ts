import { describe, expect, it } from 'vitest';
import { computeOfferProgress, type OfferReadings } from '@/lib/walkthroughs/offer-progress';
import { fakeRun } from '@/lib/walkthroughs/test-runs';

const START = Date.parse('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(START + seconds * 1_000).toISOString();

const audit = (balanced: boolean, unitsOversold = 0) => ({
  initialStock: 100,
  remainingInTable: 100,
  remainingInRedis: 0 - unitsOversold,
  ordersRecorded: 100 + unitsOversold,
  ordersByPath: { legacy: 0, redis: 0, naive: 100 + unitsOversold },
  unitsOversold,
  balanced,
});

const sale = (targetId: 'order.legacy' | 'order.redis' | 'order.naive', startSecond: number, books: ReturnType<typeof audit>, oversold = 0) =>
  fakeRun({ targetId, startedAt: START + startSecond * 1_000, offer: { stock: 100, audit: books } }, { outcomes: { ordered: 100, outOfStock: 50, oversold, unreadable: 0 } });

const base: OfferReadings = {
  startedAt: START,
  audit: { ...audit(true), resetAt: at(-10), problems: [], checkedAt: at(100) },
  auditError: null,
  runs: [],
  burst: null,
};

const doneOf = (readings: OfferReadings) => Object.fromEntries(computeOfferProgress(readings).steps.map((s) => [s.id, s.done]));

describe('computeOfferProgress', () => {
  it('needs a reset after the walkthrough started', () => {
    expect(doneOf(base).reset).toBe(false);
    expect(doneOf({ ...base, audit: { ...base.audit!, resetAt: at(5) } }).reset).toBe(true);
  });

  it('counts a sale when its run completed with its books balanced', () => {
    expect(doneOf({ ...base, runs: [sale('order.legacy', 10, audit(true))] })['legacy-sale']).toBe(true);
    expect(doneOf({ ...base, runs: [sale('order.legacy', -10, audit(true))] })['legacy-sale']).toBe(false);
    expect(doneOf({ ...base, runs: [sale('order.redis', 10, audit(false, 3))] })['redis-sale']).toBe(false);
  });

  it('counts the naive step only when the audit shows an oversell', () => {
    expect(doneOf({ ...base, runs: [sale('order.naive', 10, audit(false, 7), 7)] })['naive-oversell']).toBe(true);
    expect(doneOf({ ...base, runs: [sale('order.naive', 10, audit(true))] })['naive-oversell']).toBe(false);
  });

  it('takes the race from the last burst: naive, after the start, finished, oversold', () => {
    const burst = {
      id: 'b',
      path: 'naive',
      status: 'finished',
      startedAt: at(20),
      requests: 10,
      concurrency: 10,
      counts: { ordered: 1, out_of_stock: 0, oversold: 9, failed: 0 },
      audit: { initialStock: 1, unitsOversold: 9 },
    };
    expect(doneOf({ ...base, burst })['code-paths']).toBe(true);
    expect(doneOf({ ...base, burst: { ...burst, status: 'running' } })['code-paths']).toBe(false);
    expect(doneOf({ ...base, burst: { ...burst, path: 'redis' } })['code-paths']).toBe(false);
    expect(doneOf({ ...base, burst: { ...burst, audit: { initialStock: 1, unitsOversold: 0 } } })['code-paths']).toBe(false);
  });

  it('calls the audit step done with all three sales, and the summary with every step', () => {
    const runs = [sale('order.legacy', 10, audit(true)), sale('order.redis', 20, audit(true)), sale('order.naive', 30, audit(false, 5), 5)];
    expect(doneOf({ ...base, runs }).audit).toBe(true);
    expect(doneOf({ ...base, runs: runs.slice(0, 2) }).audit).toBe(false);
    const burst = { id: 'b', path: 'naive', status: 'finished', startedAt: at(5), requests: 10, concurrency: 10, counts: { ordered: 1, out_of_stock: 0, oversold: 9, failed: 0 }, audit: { initialStock: 1, unitsOversold: 9 } };
    expect(doneOf({ ...base, runs, burst, audit: { ...base.audit!, resetAt: at(1) } }).summary).toBe(true);
    const { figures } = computeOfferProgress({ ...base, runs });
    expect(figures.naiveRun?.audit?.unitsOversold).toBe(5);
  });
});
