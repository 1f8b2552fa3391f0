import { beforeEach, describe, expect, it } from 'vitest';
import { releaseProcessSingleton } from '@/lib/db/process-singleton';
import { KEEP_SECONDS, readGetItemPoints, readGetItemSeconds, recordGetItemLatency } from '@/lib/metrics/getitem-timings';

const base = Date.UTC(2026, 2, 6, 12, 0, 0);

beforeEach(() => {
  releaseProcessSingleton('getitem-timings');
});

describe('GetItem timings', () => {
  it('keeps count, sum and max per second', () => {
    recordGetItemLatency(2, base + 100);
    recordGetItemLatency(4, base + 900);
    recordGetItemLatency(3, base + 1_000);
    expect(readGetItemSeconds()).toEqual([
      { second: base, count: 2, sumMs: 6, maxMs: 4 },
      { second: base + 1_000, count: 1, sumMs: 3, maxMs: 3 },
    ]);
  });

  it('derives per-minute points from the seconds, stamped at the start of each minute', () => {
    // 30 samples over the first minute, 10 in the second; one slow outlier in the first.
    for (let i = 0; i < 30; i += 1) recordGetItemLatency(i === 7 ? 40 : 2, base + i * 2_000);
    for (let i = 0; i < 10; i += 1) recordGetItemLatency(1.5, base + 60_000 + i * 1_000);

    const minutes = readGetItemPoints(base, base + 120_000, 60_000);
    expect(minutes).toHaveLength(2);
    expect(minutes[0]).toEqual({ t: base, average: (29 * 2 + 40) / 30, maximum: 40, sampleCount: 30 });
    expect(minutes[1]).toEqual({ t: base + 60_000, average: 1.5, maximum: 1.5, sampleCount: 10 });

    const seconds = readGetItemPoints(base, base + 120_000, 1_000);
    expect(seconds).toHaveLength(40);
    expect(seconds.reduce((sum, p) => sum + p.sampleCount, 0)).toBe(40);
    expect(seconds[7]).toEqual({ t: base + 14_000, average: 40, maximum: 40, sampleCount: 1 });
  });

  it('reads only the half-open range [from, to)', () => {
    recordGetItemLatency(1, base - 1);
    recordGetItemLatency(1, base);
    recordGetItemLatency(1, base + 59_999);
    recordGetItemLatency(1, base + 60_000);
    expect(readGetItemPoints(base, base + 60_000, 60_000)).toEqual([{ t: base, average: 1, maximum: 1, sampleCount: 2 }]);
  });

  it('ignores durations that are not a time', () => {
    recordGetItemLatency(Number.NaN, base);
    recordGetItemLatency(-1, base);
    expect(readGetItemSeconds()).toEqual([]);
  });

  it('holds at most the longest window of seconds, dropping the oldest', () => {
    const total = KEEP_SECONDS + 500;
    for (let i = 0; i < total; i += 1) recordGetItemLatency(1, base + i * 1_000);
    const kept = readGetItemSeconds();
    expect(kept.length).toBeLessThanOrEqual(KEEP_SECONDS + 1);
    expect(kept.length).toBeGreaterThanOrEqual(KEEP_SECONDS);
    expect(kept.at(-1)!.second).toBe(base + (total - 1) * 1_000);
    expect(kept[0]!.second).toBeGreaterThanOrEqual(base + (total - 1 - KEEP_SECONDS) * 1_000);
    // A 180-minute window ending now is still whole.
    const last = base + (total - 1) * 1_000;
    const minutes = readGetItemPoints(last - 180 * 60_000, last + 1_000, 60_000);
    expect(minutes.reduce((sum, p) => sum + p.sampleCount, 0)).toBe(180 * 60 + 1);
  });
});
