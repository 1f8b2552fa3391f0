import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import { DEFAULT_STOCK, HOT_PRODUCT_ID, MAX_STOCK, PRODUCT_COUNT } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import { setStock } from '@/lib/scenarios/limited-offer/redis-stock';

export interface ResetResult {
  initialStock: number;
  resetAt: string;
}

async function resetBothStores(stock: number): Promise<ResetResult> {
  // The Redis SET runs inside the table's transaction: if Redis is down the table is rolled back,
  // so the two stores never start a run from different stocks.
  const { resetAt } = await getOfferStore().reset(HOT_PRODUCT_ID, stock, () => setStock(stock));
  return { initialStock: stock, resetAt: resetAt.toISOString() };
}

async function prepare(): Promise<void> {
  const { everReset } = await getOfferStore().ensureSchema(HOT_PRODUCT_ID, PRODUCT_COUNT, DEFAULT_STOCK);
  // A fresh database starts like the workshop after its purge and `set prod-001-quantity 3000`.
  if (!everReset) await resetBothStores(DEFAULT_STOCK);
}

/**
 * Tables created and a first reset done, once per process; a failure (a backend down) is not
 * remembered, so the next order tries again.
 */
export function ensureOfferReady(): Promise<void> {
  const holder = processSingleton<{ ready?: Promise<void> }>('offer-ready', () => ({}));
  holder.ready ??= prepare().catch((error: unknown) => {
    holder.ready = undefined;
    throw error;
  });
  return holder.ready;
}

/**
 * What the workshop's purge and `redis-cli set` did: product stock back to `stock` in the table
 * and in Redis, ORDER_HISTORY emptied, and `stock` remembered as the initial stock for the audit.
 */
export async function resetOffer({ stock }: { stock: number }): Promise<ResetResult> {
  if (!Number.isInteger(stock) || stock < 0 || stock > MAX_STOCK) {
    throw new AppError('bad_request', `stock must be an integer from 0 to ${MAX_STOCK}`);
  }
  await ensureOfferReady();
  return resetBothStores(stock);
}
