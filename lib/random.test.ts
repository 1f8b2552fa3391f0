import { describe, expect, it } from 'vitest';
import { randomSeed, seededRandom, shuffleInPlace } from '@/lib/random';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and others for another', () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });
});

describe('shuffleInPlace', () => {
  it('returns a permutation of the same items, in place', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = shuffleInPlace(items, seededRandom(1));
    expect(shuffled).toBe(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it('is repeatable with a seeded source and puts each item first about equally often', () => {
    expect(shuffleInPlace([1, 2, 3, 4, 5], seededRandom(3))).toEqual(shuffleInPlace([1, 2, 3, 4, 5], seededRandom(3)));
    const random = seededRandom(99);
    const firsts = [0, 0, 0, 0];
    for (let i = 0; i < 8_000; i++) firsts[shuffleInPlace([0, 1, 2, 3], random)[0]!]! += 1;
    for (const count of firsts) expect(Math.abs(count - 2_000)).toBeLessThan(200);
  });
});

describe('randomSeed', () => {
  it('stays in the range run settings accept', () => {
    for (let i = 0; i < 1_000; i++) expect(randomSeed()).toSatisfy((seed: number) => Number.isInteger(seed) && seed >= 0 && seed <= 2_147_483_647);
  });
});
