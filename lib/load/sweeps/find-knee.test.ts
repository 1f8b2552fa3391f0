import { describe, expect, it } from 'vitest';
import { findKnee } from '@/lib/load/sweeps/find-knee';
import { parseLevelsText, levelsSchema, sweepBounds } from '@/lib/load/sweeps/sweep-levels';

describe('the knee of a concurrency curve', () => {
  it('is the level after which throughput grows by at most 10% while p95 rises', () => {
    const points = [
      { level: 1, rps: 100, p95: 10 },
      { level: 2, rps: 195, p95: 10.5 },
      { level: 5, rps: 450, p95: 11 },
      { level: 10, rps: 480, p95: 20 },
      { level: 25, rps: 490, p95: 50 },
    ];
    expect(findKnee(points)).toMatchObject({ level: 5, nextLevel: 10 });
    // Order of the input does not matter.
    expect(findKnee([...points].reverse())?.level).toBe(5);
  });

  it('is not a knee when p95 does not rise (flat throughput, flat latency) or while it still scales', () => {
    expect(
      findKnee([
        { level: 1, rps: 100, p95: 10 },
        { level: 2, rps: 104, p95: 9 },
        { level: 5, rps: 300, p95: 9 },
      ]),
    ).toBeNull();
    expect(
      findKnee([
        { level: 1, rps: 100, p95: 1 },
        { level: 2, rps: 200, p95: 2 },
        { level: 5, rps: 480, p95: 3 },
      ]),
    ).toBeNull();
  });

  it('counts a falling throughput with rising p95 as past the knee', () => {
    expect(
      findKnee([
        { level: 10, rps: 30, p95: 300 },
        { level: 25, rps: 28, p95: 900 },
      ])?.level,
    ).toBe(10);
  });

  it('reads levels like 1,2,5 and 10k,100k,1m, sorted and distinct', () => {
    expect(parseLevelsText('10k, 100k,1m')).toEqual([10_000, 100_000, 1_000_000]);
    expect(levelsSchema(sweepBounds.connections, 'levels').parse([5, 1, 2, 2])).toEqual([1, 2, 5]);
    expect(levelsSchema(sweepBounds.connections, 'levels').safeParse([3, 3]).success).toBe(false);
    expect(() => parseLevelsText('1,two')).toThrow(/not a level/);
  });
});
