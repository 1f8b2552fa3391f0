import 'server-only';
import { z } from 'zod';
import { json, text, type LeanRoute } from '@/lib/lean/lean-route';
import { offerTargets } from '@/lib/scenarios/limited-offer/catalog';
import type { OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';
import { orderLegacy, orderNaive, orderRedis } from '@/lib/scenarios/limited-offer/order-offer';
import { toWorkshopBody } from '@/lib/scenarios/limited-offer/workshop-body';

// The order routes take no input; anything in the query string is a mistake worth a 400.
const noInput = z.object({}).strict();

function orderRoute(path: string, order: () => Promise<OrderResult>, answer: 'workshop-text' | 'json'): LeanRoute {
  return {
    method: 'GET',
    path,
    async handle(query) {
      noInput.parse(Object.fromEntries(query));
      const result = await order();
      return answer === 'json' ? json(result) : text(toWorkshopBody(result));
    },
  };
}

/**
 * The limited-offer workload, answered before Next. Sold and sold out are both 200, as the
 * workshop's `ab` runs expect; a backend that is down is a 503 JSON error.
 */
export const offerLeanRoutes: LeanRoute[] = [
  orderRoute('/order', orderLegacy, 'workshop-text'),
  orderRoute('/order-redis', orderRedis, 'workshop-text'),
  // Not in the workshop's routes: the naive path over ab, to show its oversell the same way.
  orderRoute('/order-redis-naive', orderNaive, 'workshop-text'),
  orderRoute(offerTargets.legacy.path, orderLegacy, 'json'),
  orderRoute(offerTargets.redis.path, orderRedis, 'json'),
  orderRoute(offerTargets.naive.path, orderNaive, 'json'),
];
