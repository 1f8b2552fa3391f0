// Runs dependency-cruiser with .dependency-cruiser.cjs over the tree and fails on any violation.
// Through its API rather than its CLI: the CLI refuses Node 20 by its engines field, the API runs.
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
process.chdir(root);
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const result = await cruise(
  ['app', 'components', 'lib', 'scripts', 'tests', 'e2e', 'server.ts'],
  { ...options, validate: true, outputType: 'err' },
  {},
  { tsConfig: extractTSConfig('tsconfig.json') },
);
process.stdout.write(typeof result.output === 'string' ? result.output : JSON.stringify(result.output));
process.exitCode = result.exitCode;
