import { describe, expect, it } from 'vitest';
import { keyIndexSequence } from '@/lib/load/key-sequence';
import { seededRandom } from '@/lib/random';

describe('seeded key sequence', () => {
  it('gives the same order for the same seed, so both sides of a showdown ask for the same purchases', () => {
    const a = keyIndexSequence(5000, 42);
    const b = keyIndexSequence(5000, 42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
  });

  it('gives a different order for another seed', () => {
    const a = keyIndexSequence(5000, 1);
    const b = keyIndexSequence(5000, 2);
    const sameSpots = Array.from({ length: 1000 }, () => a() === b()).filter(Boolean).length;
    expect(sameSpots).toBeLessThan(10);
  });

  it('stays within the keys and visits them about evenly', () => {
    const next = keyIndexSequence(10, 7);
    const counts = new Array<number>(10).fill(0);
    const indexes = Array.from({ length: 100_000 }, () => next());
    expect(Math.min(...indexes)).toBe(0);
    expect(Math.max(...indexes)).toBe(9);
    expect(indexes.every(Number.isInteger)).toBe(true);
    for (const index of indexes) counts[index]! += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('refuses an empty key list', () => {
    expect(() => keyIndexSequence(0, 1)).toThrow(/at least one key/);
  });

  it('draws floats in [0, 1)', () => {
    const random = seededRandom(123);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
