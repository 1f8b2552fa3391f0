import { benchGenerateStall } from './generate-stall';
import { benchHealthAtScale } from './health-at-scale';
import { benchLeanPath } from './lean-path';
import { benchLoad } from './load';
import { benchLookup } from './lookup';
import { benchLookupRoutes } from './lookup-routes';
import { benchOrderSweep } from './order-sweep';
import { benchOffer } from './offer';
import { benchSustained } from './sustained';

/** Every benchmark `npm run bench` runs; each writes its own section of BENCHMARKS.md. */
export const benchSuites: Record<string, () => Promise<void>> = {
  'lean-path': benchLeanPath,
  lookup: benchLookup,
  offer: benchOffer,
  sustained: benchSustained,
  load: benchLoad,
  'generate-stall': benchGenerateStall,
  'health-at-scale': benchHealthAtScale,
  'lookup-routes': benchLookupRoutes,
  'order-sweep': benchOrderSweep,
};
