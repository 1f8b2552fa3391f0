import { describe, expect, it } from 'vitest';
import { niceMax, niceTicks } from '@/components/charts/chart-theme';

describe('chart scale', () => {
  it.each([
    [2108, 2500, [0, 500, 1000, 1500, 2000, 2500]],
    [120, 150, [0, 50, 100, 150]],
    [0.42, 0.5, [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
    [1422, 1500, [0, 500, 1000, 1500]],
  ])('puts %d under a round top with round ticks', (value, top, ticks) => {
    expect(niceMax(value)).toBe(top);
    expect(niceTicks(niceMax(value))).toEqual(ticks);
  });

  it('never returns a top below the value', () => {
    for (const value of [1, 3, 7.5, 99, 101, 999, 12_345, 0.003]) expect(niceMax(value)).toBeGreaterThanOrEqual(value);
  });
});
