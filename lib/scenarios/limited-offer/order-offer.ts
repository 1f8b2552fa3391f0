import 'server-only';
import { HOT_PRODUCT_ID, type OrderPath, type OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';
import { processPayment } from '@/lib/scenarios/limited-offer/offer-settings';
import { recordSoldUnit } from '@/lib/scenarios/limited-offer/history-writer';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import { decrementNaively, incrementNaively, readStockNaively, takeOne } from '@/lib/scenarios/limited-offer/redis-take';
import { ensureOfferReady } from '@/lib/scenarios/limited-offer/reset-offer';

/**
 * The legacy order: stock, history and payment in one relational transaction holding the hot
 * row's lock (SELECT ... FOR UPDATE), so every order of the product waits for the one before.
 */
export async function orderLegacy(): Promise<OrderResult> {
  await ensureOfferReady();
  return getOfferStore().orderWithRowLock(HOT_PRODUCT_ID, processPayment);
}

/**
 * The payment, then the history row of a unit already taken from Redis. On any failure the
 * order did not happen, so its unit goes back to Redis: no stock is lost.
 */
async function completeTakenUnit(path: Exclude<OrderPath, 'legacy'>, giveBack: () => Promise<void>): Promise<void> {
  try {
    await processPayment();
    await recordSoldUnit(path);
  } catch (error) {
    await giveBack();
    throw error;
  }
}

/**
 * The modern order: an atomic take-one in Redis (never below zero, no lock held), the payment,
 * then the history row, committed in a group with other orders' rows.
 */
export async function orderRedis(): Promise<OrderResult> {
  await ensureOfferReady();
  const take = await takeOne();
  if (take.left === null) return { outcome: 'out_of_stock', remaining: 0 };
  await completeTakenUnit('redis', take.giveBack);
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
  await completeTakenUnit('naive', incrementNaively);
  return { outcome: left < 0 ? 'oversold' : 'ordered', remaining: left };
}

export const orderByPath: Record<OrderPath, () => Promise<OrderResult>> = {
  legacy: orderLegacy,
  redis: orderRedis,
  naive: orderNaive,
};
