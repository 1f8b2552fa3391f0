import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

const SAMPLE_SIZE = 10_000;
/** An empty sample (no data yet) is looked for again at most this often. */
const EMPTY_RETRY_MS = 1_000;

interface KeySample {
  keys: PurchaseKey[];
  loadedAt: number;
  loading: Promise<PurchaseKey[]> | null;
  generation: number;
}

const sample = () => processSingleton<KeySample>('lookup-key-sample', () => ({ keys: [], loadedAt: 0, loading: null, generation: 0 }));

/**
 * Up to `count` existing purchase keys in random order, read from the relational tables. Once the
 * migration has run, every one of them is also a DynamoDB item. The load engine builds its seeded
 * key sequence from these.
 */
export async function samplePurchaseKeys(count: number): Promise<PurchaseKey[]> {
  const store = await getPurchaseStore();
  return store.samplePurchaseKeys(count);
}

/** Drops the cached sample; called after the data changes (generate, staging, migrate). */
export function invalidatePurchaseKeySample(): void {
  const state = sample();
  state.keys = [];
  state.loadedAt = 0;
  state.generation += 1;
}

async function loadSample(): Promise<PurchaseKey[]> {
  const state = sample();
  if (state.loading) return state.loading;
  const generation = state.generation;
  state.loading = samplePurchaseKeys(SAMPLE_SIZE)
    .then((keys) => {
      if (state.generation === generation) {
        state.keys = keys;
        state.loadedAt = Date.now();
      }
      return keys;
    })
    .finally(() => {
      state.loading = null;
    });
  return state.loading;
}

/**
 * A random existing purchase for the workshop routes called without parameters. Served from an
 * in-memory sample of keys, so each request costs one random index, not an ORDER BY random().
 */
export async function randomPurchaseKey(): Promise<PurchaseKey> {
  const state = sample();
  let keys = state.keys;
  if (keys.length === 0 && Date.now() - state.loadedAt >= EMPTY_RETRY_MS) keys = await loadSample();
  const key = keys[Math.floor(Math.random() * keys.length)];
  if (!key) throw new AppError('not_found', 'There are no purchases yet: generate data on the Purchase lookup page first.');
  return key;
}
