/**
 * npm run bench                 every suite, results written to BENCHMARKS.md
 * npm run bench -- --suite NAME one suite
 */
import { benchSuites } from './bench/suites';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--suite') ? args[args.indexOf('--suite') + 1] : undefined;
  const names = only ? [only] : Object.keys(benchSuites);
  for (const name of names) {
    const suite = benchSuites[name];
    if (!suite) throw new Error(`Unknown suite "${name}". Suites: ${Object.keys(benchSuites).join(', ')}`);
    console.log(`\n=== bench: ${name}`);
    await suite();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
