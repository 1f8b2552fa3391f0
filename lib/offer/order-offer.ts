import 'server-only';
import { HOT_PRODUCT_ID, type OrderPath, type OrderResult } from '@/lib/offer/offer-constants';
import { processPayment } from '@/lib/offer/offer-settings';
import { getOfferStore } from '@/lib/offer/offer-relational';
import { decrementNaively, incrementNaively, readStockNaively, takeOne } from '@/lib/offer/redis-stock';
import { ensureOfferReady } from '@/lib/offer/reset-offer';

/**
 * The legacy order: stock, history and payment in one relational transaction holding the hot
 * row's lock (SELECT ... FOR UPDATE), so every order of the product waits for the one before.
 */
export async function orderLegacy(): Promise<OrderResult> {
  await ensureOfferReady();
  return getOfferStore().orderWithRowLock(HOT_PRODUCT_ID, processPayment);
}

/** Records the history row of a unit already taken from Redis; on failure the unit goes back. */
async function recordTakenUnit(path: Exclude<OrderPath, 'legacy'>, giveBack: () => Promise<void>): Promise<void> {
  try {
    await getOfferStore().recordOrder(HOT_PRODUCT_ID, path, processPayment);
  } catch (error) {
    // The order did not happen, so its unit is Redis's again: no stock is lost.
    await giveBack();
    throw error;
  }
}

/**
 * The modern order: an atomic take-one in Redis (never below zero, no lock held), then the
 * history row and the payment in a short relational transaction.
 */
export async function orderRedis(): Promise<OrderResult> {
  await ensureOfferReady();
  const take = await takeOne();
  if (take.left === null) return { outcome: 'out_of_stock', remaining: 0 };
  await recordTakenUnit('redis', take.giveBack);
  return { outcome: 'ordered', remaining: take.left };
}

/**
 * KEPT ON PURPOSE, WRONG: the workshop's Redis code reads the stock, then decrements it in a
 * second round trip. Orders arriving together all read the same stock, all decrement, and the
 * stock goes below zero: the oversell a presenter can show. Never copy this.
 */
export async function orderNaive(): Promise<OrderResult> {
  await ensureOfferReady();
  const seen = await readStockNaively();
  if (seen <= 0) return { outcome: 'out_of_stock', remaining: seen };
  const left = await decrementNaively();
  await recordTakenUnit('naive', incrementNaively);
  return { outcome: left < 0 ? 'oversold' : 'ordered', remaining: left };
}

export const orderByPath: Record<OrderPath, () => Promise<OrderResult>> = {
  legacy: orderLegacy,
  redis: orderRedis,
  naive: orderNaive,
};
