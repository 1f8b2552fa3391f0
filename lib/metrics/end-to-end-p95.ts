import type { EndToEndPoint } from '@/lib/metrics/latency-series';

/** The parts of the load engine's RunRecord (lib/load/run-store.ts) the overlay reads. */
export interface RunSecondLike {
  /** Epoch ms at the END of the second. */
  t: number;
  requests: number;
  /** ms */
  p95: number;
}

export interface LookupRunLike {
  id: string;
  targetId: string;
  scenario: string;
  side: 'legacy' | 'modern' | null;
  startedAt: number;
  endedAt: number | null;
  seconds: RunSecondLike[];
}

/** The DynamoDB side of the purchase lookup: the runs whose end-to-end latency sits over GetItem's. */
const MODERN_LOOKUP_TARGET = 'lookup.dynamodb';

export const isModernLookupRun = (run: LookupRunLike) => run.scenario === 'lookup' && run.targetId === MODERN_LOOKUP_TARGET;
export const isRelationalLookupRun = (run: LookupRunLike) => run.scenario === 'lookup' && run.side === 'legacy';

/**
 * Per-period end-to-end p95 of the selected runs over [from, to). A period's value is the
 * request-weighted mean of the per-second p95s in it (also across runs that overlap): per-second
 * p95s are all a run keeps, and a true p95 of a minute cannot be rebuilt from them.
 * Points are stamped at the START of their period, like CloudWatch's.
 */
export function aggregateEndToEndP95(runs: LookupRunLike[], range: { from: number; to: number; periodMs: number }): EndToEndPoint[] {
  const periods = new Map<number, { weighted: number; requests: number }>();
  for (const run of runs) {
    if (run.startedAt >= range.to || (run.endedAt !== null && run.endedAt < range.from)) continue;
    for (const second of run.seconds) {
      const start = second.t - 1000;
      if (start < range.from || start >= range.to) continue;
      if (!(second.requests > 0) || !Number.isFinite(second.p95)) continue;
      const t = Math.floor(start / range.periodMs) * range.periodMs;
      const period = periods.get(t) ?? { weighted: 0, requests: 0 };
      period.weighted += second.p95 * second.requests;
      period.requests += second.requests;
      periods.set(t, period);
    }
  }
  return [...periods.entries()]
    .map(([t, p]) => ({ t, p95: p.weighted / p.requests, requests: p.requests }))
    .sort((a, b) => a.t - b.t);
}
