import 'server-only';
import { json, type LeanRoute } from '@/lib/lean/lean-route';
import { lookupTargets } from '@/lib/scenarios/purchase-lookup/catalog';
import { optionalPurchaseKeySchema, purchaseKeySchema } from '@/lib/scenarios/purchase-lookup/key-input';
import { lookupPurchase, type LookupBackend } from '@/lib/scenarios/purchase-lookup/lookup-purchase';
import { randomPurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase-keys';

/** The workshop's route: with both ids that purchase, without any a random existing one. */
function workshopRoute(path: string, backend: LookupBackend): LeanRoute {
  return {
    method: 'GET',
    path,
    async handle(query) {
      const input = optionalPurchaseKeySchema.parse(Object.fromEntries(query));
      const key = input.customerId && input.purchaseId ? { customerId: input.customerId, purchaseId: input.purchaseId } : await randomPurchaseKey();
      return json(await lookupPurchase(backend, key));
    },
  };
}

/** JSON twin of a workshop route: both ids required (400 when malformed, 404 when unknown). */
function keyedRoute(path: string, backend: LookupBackend): LeanRoute {
  return {
    method: 'GET',
    path,
    async handle(query) {
      const key = purchaseKeySchema.parse(Object.fromEntries(query));
      return json(await lookupPurchase(backend, key));
    },
  };
}

/** Purchase lookups answered on the lean path (they are what the load runs hit). */
export const lookupLeanRoutes: LeanRoute[] = [
  workshopRoute('/legacy/selectPurchase', 'relational'),
  workshopRoute('/msa/selectPurchase', 'dynamodb'),
  keyedRoute(lookupTargets.relational.path, 'relational'),
  keyedRoute(lookupTargets.dynamodb.path, 'dynamodb'),
];
