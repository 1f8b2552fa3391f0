// Runs dependency-cruiser with .dependency-cruiser.cjs over the tree and fails on any violation.
// Through its API rather than its CLI: the CLI refuses Node 20 by its engines field, the API runs.
//
// Two passes. The first sees type-only imports too (a cycle through types is still a cycle). The
// second checks the reachability rules (a client component reaching 'server-only') on the graph
// that survives compilation: an `import type` is erased and never pulls server code into a bundle.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const sources = ['app', 'components', 'lib', 'scripts', 'tests', 'e2e', 'server.ts'];
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig('tsconfig.json');
const isReachability = (rule) => rule.to?.reachable !== undefined;

let failures = 0;
for (const [pass, keep, tsPreCompilationDeps] of [
  ['imports, types included', (rule) => !isReachability(rule), true],
  ['what a bundle pulls in', isReachability, false],
]) {
  const ruleSet = { ...options.ruleSet, forbidden: options.ruleSet.forbidden.filter(keep) };
  const result = await cruise(sources, { ...options, ruleSet, tsPreCompilationDeps, validate: true, outputType: 'err' }, {}, { tsConfig });
  console.log(`dependency rules (${pass}):${typeof result.output === 'string' ? result.output : JSON.stringify(result.output)}`);
  failures += result.exitCode;
}
process.exitCode = failures > 0 ? 1 : 0;
