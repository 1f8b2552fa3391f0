/**
 * npm run bench                                  every suite, results written to BENCHMARKS.md
 * npm run bench -- --suite NAME                  one suite
 * npm run bench -- order redis -c 150 -n 3000    one load run against a running app (see scripts/bench/load-cli.ts)
 */
import { benchSuites } from './bench/suites';
import { loadCliWords, runLoadCli } from './bench/load-cli';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] && loadCliWords.includes(args[0])) {
    // Exit explicitly: an event stream the server has not closed yet must not keep the CLI alive.
    process.exit(await runLoadCli(args));
  }
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
