import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';

export interface AuditReadings {
  initialStock: number | null;
  resetAt: Date | null;
  remainingInTable: number | null;
  /** null when Redis could not be read; `redisError` then says why. */
  remainingInRedis: number | null;
  redisError?: string;
  ordersByPath: Record<OrderPath, number>;
  takesToReconcile: number;
}

export interface OfferAudit {
  initialStock: number | null;
  resetAt: string | null;
  remainingInTable: number | null;
  remainingInRedis: number | null;
  /** ORDER_HISTORY rows since the last reset, all paths. */
  ordersRecorded: number;
  ordersByPath: Record<OrderPath, number>;
  /** Units gone from each store since the reset (the legacy path takes from the table, the Redis paths from Redis). */
  soldFromTable: number | null;
  soldFromRedis: number | null;
  /** Orders beyond the initial stock: units sold that never existed. */
  unitsOversold: number;
  /**
   * Stock that left a store without an order to show for it (positive: lost), or orders with no
   * matching decrement (negative), per store. Zero when the books balance.
   */
  unaccountedInTable: number | null;
  unaccountedInRedis: number | null;
  /**
   * Orders that failed after (possibly) taking a unit from Redis while Redis was unreachable:
   * each unit goes back, if it was taken, once Redis answers again. The books are not judged
   * until then.
   */
  takesToReconcile: number;
  balanced: boolean;
  /** Why the books do not balance, in words; empty when they do. */
  problems: string[];
  checkedAt: string;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${Math.abs(n) === 1 ? '' : 's'}`;

/**
 * The books balance when every unit that left a store has exactly one order in ORDER_HISTORY
 * and no more units were sold than the last reset put on sale.
 */
export function computeAudit(readings: AuditReadings, now = new Date()): OfferAudit {
  const { initialStock, remainingInTable, remainingInRedis, ordersByPath, takesToReconcile } = readings;
  const ordersRecorded = ordersByPath.legacy + ordersByPath.redis + ordersByPath.naive;
  const problems: string[] = [];

  const soldFromTable = initialStock !== null && remainingInTable !== null ? initialStock - remainingInTable : null;
  const soldFromRedis = initialStock !== null && remainingInRedis !== null ? initialStock - remainingInRedis : null;
  const unaccountedInTable = soldFromTable === null ? null : soldFromTable - ordersByPath.legacy;
  const unaccountedInRedis = soldFromRedis === null ? null : soldFromRedis - ordersByPath.redis - ordersByPath.naive;
  const unitsOversold = initialStock === null ? 0 : Math.max(0, ordersRecorded - initialStock);

  if (initialStock === null) problems.push('No reset has been recorded: reset the offer to start.');
  if (remainingInTable === null) problems.push('HOTDEAL_LIST has no row for the hot product.');
  if (remainingInRedis === null) problems.push(readings.redisError ? `Redis could not be read: ${readings.redisError}` : 'The stock key is missing in Redis.');
  if (takesToReconcile > 0) {
    problems.push(`${plural(takesToReconcile, 'failed order')} may still hold a unit taken from Redis; it goes back when Redis answers again.`);
  }
  if (unitsOversold > 0) {
    const both = (soldFromTable ?? 0) > 0 && (soldFromRedis ?? 0) > 0;
    problems.push(
      `${plural(unitsOversold, 'unit')} sold beyond the initial stock of ${initialStock?.toLocaleString('en-US')}` +
        (both ? ' (the table and Redis each sold the same stock: reset between paths).' : '.'),
    );
  }
  if (unaccountedInTable !== null && unaccountedInTable !== 0) {
    problems.push(
      unaccountedInTable > 0
        ? `The table lost ${plural(unaccountedInTable, 'unit')}: its stock went down with no legacy order recorded.`
        : `${plural(-unaccountedInTable, 'legacy order')} recorded with no decrement in the table.`,
    );
  }
  if (unaccountedInRedis !== null && unaccountedInRedis !== 0) {
    problems.push(
      unaccountedInRedis > 0
        ? `Redis lost ${plural(unaccountedInRedis, 'unit')}: its stock went down with no Redis order recorded.`
        : `${plural(-unaccountedInRedis, 'Redis order')} recorded with no decrement in Redis.`,
    );
  }

  return {
    initialStock,
    resetAt: readings.resetAt ? readings.resetAt.toISOString() : null,
    remainingInTable,
    remainingInRedis,
    ordersRecorded,
    ordersByPath,
    soldFromTable,
    soldFromRedis,
    unitsOversold,
    unaccountedInTable,
    unaccountedInRedis,
    takesToReconcile,
    balanced: problems.length === 0,
    problems,
    checkedAt: now.toISOString(),
  };
}
