/**
 * The knee of a concurrency curve: the level after which throughput stops growing by more than
 * 10% while p95 keeps rising. Past it, more concurrency only queues: the system has stopped
 * scaling. Client-safe.
 */

export interface CurvePoint {
  level: number;
  rps: number;
  p95: number;
}

/** Growth below this (10%) counts as "stopped growing". */
const KNEE_GROWTH = 0.1;

export interface Knee {
  level: number;
  /** The step that showed it: throughput from → to, p95 from → to, at the next level. */
  nextLevel: number;
  rpsGrowth: number;
  p95Before: number;
  p95After: number;
}

/** The first level whose next step adds at most 10% throughput while p95 rises; null while it still scales. */
export function findKnee(points: readonly CurvePoint[]): Knee | null {
  const sorted = [...points].sort((a, b) => a.level - b.level);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const here = sorted[i]!;
    const next = sorted[i + 1]!;
    if (!(here.rps > 0)) continue;
    const growth = next.rps / here.rps - 1;
    if (growth <= KNEE_GROWTH && next.p95 > here.p95) {
      return { level: here.level, nextLevel: next.level, rpsGrowth: growth, p95Before: here.p95, p95After: next.p95 };
    }
  }
  return null;
}
