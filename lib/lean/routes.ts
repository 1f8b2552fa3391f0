import 'server-only';
import { json, type LeanRoute } from '@/lib/lean/lean-route';
import { lookupLeanRoutes } from '@/lib/scenarios/purchase-lookup/lean-routes';
import { offerLeanRoutes } from '@/lib/scenarios/limited-offer/lean-routes';

/** Constant answer: the ceiling of the lean path and of the load generator. */
const pingRoute: LeanRoute = { method: 'GET', path: '/api/ping', handle: () => json({ ok: true }) };

/** Every route answered on the lean path, in front of Next. */
export function getLeanRoutes(): LeanRoute[] {
  return [pingRoute, ...lookupLeanRoutes, ...offerLeanRoutes];
}
