/** The purchase-lookup scenario as the app plugs it in: its lean routes and its load targets. */
export { lookupLeanRoutes } from '@/lib/scenarios/purchase-lookup/lean-routes';
export { lookupLoadTargets } from '@/lib/scenarios/purchase-lookup/load-targets';
