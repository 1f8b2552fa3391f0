/**
 * The order in which a lookup run asks for purchases: a pseudo-random walk over the sampled keys
 * drawn from a seed, so the legacy and the modern side of a showdown request the same purchases
 * in the same order (and a run can be repeated exactly).
 */

/** mulberry32: a tiny, fast 32-bit PRNG; plenty for picking keys, not for secrets. */
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

/** An endless sequence of indexes into `count` keys, the same for the same seed. */
export function keyIndexSequence(count: number, seed: number): () => number {
  if (!Number.isInteger(count) || count < 1) throw new Error('a key sequence needs at least one key');
  const random = seededRandom(seed);
  return () => Math.floor(random() * count);
}

export function randomSeed(): number {
  return Math.floor(Math.random() * 2_147_483_647);
}
