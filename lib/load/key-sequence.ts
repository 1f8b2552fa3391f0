/**
 * The order in which a lookup run asks for purchases: a pseudo-random walk over the sampled keys
 * drawn from a seed, so the legacy and the modern side of a showdown request the same purchases
 * in the same order (and a run can be repeated exactly).
 */
import { seededRandom } from '@/lib/random';

/** An endless sequence of indexes into `count` keys, the same for the same seed. */
export function keyIndexSequence(count: number, seed: number): () => number {
  if (!Number.isInteger(count) || count < 1) throw new Error('a key sequence needs at least one key');
  const random = seededRandom(seed);
  return () => Math.floor(random() * count);
}
