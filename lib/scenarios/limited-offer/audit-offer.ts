import 'server-only';
import { describeError } from '@/lib/http/to-error-response';
import { computeAudit, type OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';
import { HOT_PRODUCT_ID } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import { takesToReconcile } from '@/lib/scenarios/limited-offer/redis-reconciliation';
import { readStock } from '@/lib/scenarios/limited-offer/redis-stock';
import { ensureOfferReady } from '@/lib/scenarios/limited-offer/reset-offer';

export type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';

/**
 * Reads both stores and the history and says whether the books balance. The relational side is
 * required (a database down answers 503); Redis down still gives an audit, unbalanced, with the
 * reason, so the page can show what is known.
 */
export async function auditOffer(): Promise<OfferAudit> {
  await ensureOfferReady();
  const [books, redis] = await Promise.all([
    getOfferStore().readBooks(HOT_PRODUCT_ID),
    readStock().then(
      (remaining) => ({ remaining, error: undefined }),
      (error: unknown) => ({ remaining: null, error: describeError(error) }),
    ),
  ]);
  return computeAudit({
    initialStock: books.initialStock,
    resetAt: books.resetAt,
    remainingInTable: books.remainingInTable,
    remainingInRedis: redis.remaining,
    redisError: redis.error,
    ordersByPath: books.ordersByPath,
    takesToReconcile: takesToReconcile(),
  });
}
