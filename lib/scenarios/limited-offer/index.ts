/** The limited-offer scenario as the app plugs it in: its lean routes and its load targets. */
export { offerLeanRoutes } from '@/lib/scenarios/limited-offer/lean-routes';
export { offerLoadTargets } from '@/lib/scenarios/limited-offer/load-targets';
