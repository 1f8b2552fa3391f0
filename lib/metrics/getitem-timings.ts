import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';

/**
 * Every GetItem the server performs reports its duration here; on the emulator this is the
 * "DynamoDB-side" latency series (CloudWatch has none there). Kept per second, bounded.
 */
export interface GetItemSecond {
  /** Epoch ms of the start of the second. */
  second: number;
  count: number;
  sumMs: number;
  maxMs: number;
}

const KEEP_SECONDS = 3 * 60 * 60;

const seconds = () => processSingleton<Map<number, GetItemSecond>>('getitem-timings', () => new Map());

export function recordGetItemLatency(durationMs: number, at = Date.now()): void {
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
  // Maps iterate in insertion order, so the oldest seconds are dropped first.
  for (const key of store.keys()) {
    if (store.size <= KEEP_SECONDS) break;
    store.delete(key);
  }
}

export function readGetItemSeconds(sinceMs = 0): GetItemSecond[] {
  return [...seconds().values()].filter((bucket) => bucket.second >= sinceMs);
}
