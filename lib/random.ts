/**
 * The one seeded PRNG and shuffle of the app: the load engine's key order, the generated data
 * set and the key samples all draw from here. Plenty for picking keys and fake rows, not for secrets.
 */

/** mulberry32 from a 32-bit state: tiny, fast, and the same numbers for the same state everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A fresh seed in the range a run's settings accept (0 to 2^31 - 1). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}

/** Fisher-Yates in place: every order equally likely for a uniform `random`. */
export function shuffleInPlace<T>(items: T[], random: () => number = Math.random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
