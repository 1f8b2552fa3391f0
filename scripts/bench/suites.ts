import { benchLeanPath } from './lean-path';
import { benchLoad } from './load';

/** Every benchmark `npm run bench` runs; each writes its own section of BENCHMARKS.md. */
export const benchSuites: Record<string, () => Promise<void>> = {
  'lean-path': benchLeanPath,
  load: benchLoad,
};
