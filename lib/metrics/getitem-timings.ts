import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import type { LatencyPoint } from '@/lib/metrics/latency-series';

/**
 * Every GetItem the server performs reports its duration here; on the emulator this is the
 * "DynamoDB-side" latency series (CloudWatch has none there). Kept per second; minutes are
 * derived from the seconds, so one store serves both views and memory stays bounded.
 */
export interface GetItemSecond {
  /** Epoch ms of the start of the second. */
  second: number;
  count: number;
  sumMs: number;
  maxMs: number;
}

/** The longest window (180 min) plus the open minute at each end, so a 180-minute view is always whole. */
export const KEEP_SECONDS = 3 * 60 * 60 + 2 * 60;

const seconds = () => processSingleton<Map<number, GetItemSecond>>('getitem-timings', () => new Map());

export function recordGetItemLatency(durationMs: number, at = Date.now()): void {
  if (!Number.isFinite(durationMs) || durationMs < 0) return;
  const store = seconds();
  const second = Math.floor(at / 1000) * 1000;
  const bucket = store.get(second);
  if (bucket) {
    bucket.count += 1;
    bucket.sumMs += durationMs;
    bucket.maxMs = Math.max(bucket.maxMs, durationMs);
    return;
  }
  store.set(second, { second, count: 1, sumMs: durationMs, maxMs: durationMs });
  // Maps iterate in insertion order, which is time order for live traffic: the oldest go first.
  const cutoff = second - KEEP_SECONDS * 1000;
  for (const [key] of store) {
    if (store.size <= KEEP_SECONDS && key >= cutoff) break;
    store.delete(key);
  }
}

/** Seconds with at least one GetItem in [sinceMs, untilMs), oldest first. */
export function readGetItemSeconds(sinceMs = 0, untilMs = Number.POSITIVE_INFINITY): GetItemSecond[] {
  return [...seconds().values()]
    .filter((bucket) => bucket.second >= sinceMs && bucket.second < untilMs)
    .sort((a, b) => a.second - b.second);
}

/** The same timings folded into periods of `periodMs` (1 000 or 60 000), in CloudWatch's shape. */
export function readGetItemPoints(sinceMs: number, untilMs: number, periodMs: number): LatencyPoint[] {
  const periods = new Map<number, { count: number; sumMs: number; maxMs: number }>();
  for (const bucket of readGetItemSeconds(sinceMs, untilMs)) {
    const t = Math.floor(bucket.second / periodMs) * periodMs;
    const period = periods.get(t);
    if (period) {
      period.count += bucket.count;
      period.sumMs += bucket.sumMs;
      period.maxMs = Math.max(period.maxMs, bucket.maxMs);
    } else {
      periods.set(t, { count: bucket.count, sumMs: bucket.sumMs, maxMs: bucket.maxMs });
    }
  }
  return [...periods.entries()].map(([t, p]) => ({ t, average: p.sumMs / p.count, maximum: p.maxMs, sampleCount: p.count }));
}
