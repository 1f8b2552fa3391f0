import { describe, expect, it } from 'vitest';
import { arrivalTime, integralUntil, meanTarget, parseStagesText, stagesSchema, targetAt, totalSeconds } from '@/lib/load/shapes/load-stages';

const ramp = [
  { durationSeconds: 10, target: 100 },
  { durationSeconds: 10, target: 100 },
  { durationSeconds: 5, target: 0 },
];

describe('load stages', () => {
  it('ramps linearly from the previous target and holds equal targets', () => {
    expect(targetAt(ramp, 0, 0)).toBe(0);
    expect(targetAt(ramp, 5, 0)).toBe(50);
    expect(targetAt(ramp, 15, 0)).toBe(100);
    expect(targetAt(ramp, 22.5, 0)).toBe(50);
    expect(targetAt(ramp, 99, 0)).toBe(0);
    expect(targetAt([{ durationSeconds: 4, target: 9 }], 2, 1)).toBe(5);
    expect(totalSeconds(ramp)).toBe(25);
  });

  it('integrates the target: arrivals due, and each window mean', () => {
    expect(integralUntil(ramp, 10, 0)).toBe(500);
    expect(integralUntil(ramp, 20, 0)).toBe(1500);
    expect(integralUntil(ramp, 25, 0)).toBe(1750);
    expect(meanTarget(ramp, 4, 5, 0)).toBe(45);
    expect(meanTarget(ramp, 12, 14, 0)).toBe(100);
  });

  it('schedules arrival n where the integral reaches n, in order, and none after the end', () => {
    const times = Array.from({ length: 1750 }, (_, n) => arrivalTime(ramp, n, 0));
    expect(times.every((t) => t !== null)).toBe(true);
    for (let n = 1; n < times.length; n++) expect(times[n]!).toBeGreaterThanOrEqual(times[n - 1]!);
    for (const n of [1, 50, 500, 800, 1500, 1700]) expect(integralUntil(ramp, times[n]!, 0)).toBeCloseTo(n, 6);
    expect(arrivalTime(ramp, 1751, 0)).toBeNull();
    // A constant rate is evenly spaced.
    const flat = [{ durationSeconds: 2, target: 4 }];
    expect([0, 1, 2, 3, 4].map((n) => arrivalTime(flat, n, 4))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('reads the CLI form and checks bounds', () => {
    expect(parseStagesText('5s:10, 30s:10,1m:50')).toEqual([
      { durationSeconds: 5, target: 10 },
      { durationSeconds: 30, target: 10 },
      { durationSeconds: 60, target: 50 },
    ]);
    expect(() => parseStagesText('5s-10')).toThrow(/not a stage/);
    expect(stagesSchema.safeParse([]).success).toBe(false);
    expect(stagesSchema.safeParse([{ durationSeconds: 3000, target: 1 }, { durationSeconds: 700, target: 1 }]).success).toBe(false);
    expect(stagesSchema.safeParse([{ durationSeconds: 3, target: 5 }]).success).toBe(true);
  });
});
