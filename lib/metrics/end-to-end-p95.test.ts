import { describe, expect, it } from 'vitest';
import { aggregateEndToEndP95, isModernLookupRun, isRelationalLookupRun, type LookupRunLike } from '@/lib/metrics/end-to-end-p95';

const base = Date.UTC(2026, 2, 6, 12, 0, 0);

/** A run's seconds as the load engine keeps them: `t` at the END of each second. */
function run(partial: Partial<LookupRunLike> & { seconds: LookupRunLike['seconds'] }): LookupRunLike {
  return { id: 'r1', targetId: 'lookup.dynamodb', scenario: 'lookup', side: 'modern', startedAt: base, endedAt: null, ...partial };
}

describe('end-to-end p95 overlay', () => {
  it('stamps each second at its start, like CloudWatch periods', () => {
    const points = aggregateEndToEndP95([run({ seconds: [{ t: base + 1_000, requests: 100, p95: 50 }, { t: base + 2_000, requests: 120, p95: 60 }] })], {
      from: base,
      to: base + 60_000,
      periodMs: 1_000,
    });
    expect(points).toEqual([
      { t: base, p95: 50, requests: 100 },
      { t: base + 1_000, p95: 60, requests: 120 },
    ]);
  });

  it('folds seconds into minutes as the request-weighted mean of their p95s, across overlapping runs', () => {
    const a = run({ id: 'a', seconds: [{ t: base + 1_000, requests: 100, p95: 50 }, { t: base + 60_000, requests: 300, p95: 70 }, { t: base + 61_000, requests: 10, p95: 20 }] });
    const b = run({ id: 'b', seconds: [{ t: base + 30_000, requests: 100, p95: 90 }] });
    const points = aggregateEndToEndP95([a, b], { from: base, to: base + 120_000, periodMs: 60_000 });
    expect(points).toHaveLength(2);
    expect(points[0]!.t).toBe(base);
    expect(points[0]!.requests).toBe(500);
    expect(points[0]!.p95).toBeCloseTo((100 * 50 + 300 * 70 + 100 * 90) / 500, 10);
    expect(points[1]).toEqual({ t: base + 60_000, p95: 20, requests: 10 });
  });

  it('leaves out seconds outside the window and seconds without requests', () => {
    const points = aggregateEndToEndP95(
      [
        run({
          seconds: [
            { t: base, requests: 10, p95: 99 },
            { t: base + 1_000, requests: 0, p95: 0 },
            { t: base + 2_000, requests: 10, p95: 40 },
            { t: base + 61_000, requests: 10, p95: 99 },
          ],
        }),
      ],
      { from: base, to: base + 60_000, periodMs: 60_000 },
    );
    expect(points).toEqual([{ t: base, p95: 40, requests: 10 }]);
  });

  it('tells the DynamoDB lookup runs from relational ones and from other scenarios', () => {
    const modern = run({ seconds: [] });
    const relational = run({ targetId: 'lookup.relational', side: 'legacy', seconds: [] });
    const order = run({ scenario: 'order', targetId: 'order.redis', seconds: [] });
    expect([modern, relational, order].map(isModernLookupRun)).toEqual([true, false, false]);
    expect([modern, relational, order].map(isRelationalLookupRun)).toEqual([false, true, false]);
  });
});
