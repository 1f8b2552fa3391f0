/** A sweep's points as curves per side, and its knees. Client-safe: the page, the exports and the CLI share it. */
import { findKnee, type CurvePoint, type Knee } from '@/lib/load/sweeps/find-knee';
import type { SweepPoint, SweepRecord } from '@/lib/load/sweeps/sweep-types';
import type { Side } from '@/lib/load/load-target';

/** Completed points of one side, by level (a cancelled level's partial figures are left out of the curve). */
function curveOf(points: readonly SweepPoint[], side: Side): CurvePoint[] {
  return points
    .filter((point) => point.side === side && point.status === 'completed' && point.summary)
    .map((point) => ({ level: point.level, rps: point.summary!.requestsPerSecond, p95: point.summary!.latency.p95 }))
    .sort((a, b) => a.level - b.level);
}

export function kneesOf(points: readonly SweepPoint[]): Record<Side, Knee | null> {
  return { legacy: findKnee(curveOf(points, 'legacy')), modern: findKnee(curveOf(points, 'modern')) };
}

/** One row per level with both sides' figures (null where a side has no point), for charts. */
export function chartRowsOf(sweep: Pick<SweepRecord, 'points' | 'settings'>): Array<{ level: number; legacyRps: number | null; modernRps: number | null; legacyP95: number | null; modernP95: number | null }> {
  const legacy = new Map(curveOf(sweep.points, 'legacy').map((p) => [p.level, p]));
  const modern = new Map(curveOf(sweep.points, 'modern').map((p) => [p.level, p]));
  return sweep.settings.levels.map((level) => ({
    level,
    legacyRps: legacy.get(level)?.rps ?? null,
    modernRps: modern.get(level)?.rps ?? null,
    legacyP95: legacy.get(level)?.p95 ?? null,
    modernP95: modern.get(level)?.p95 ?? null,
  }));
}
