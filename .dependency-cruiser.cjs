// The architecture's rules, checked by dependency-cruiser in the lint stage (scripts/check-deps.mjs).
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

// Client components are the files that start with 'use client'; the list is read from the tree
// on every check, so a new client component is covered without editing this file.
function clientFiles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...clientFiles(file));
    else if (/\.tsx?$/.test(entry.name) && /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'))) found.push(file);
  }
  return found;
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const clientPattern = `^(${['app', 'components'].flatMap((dir) => clientFiles(path.join(__dirname, dir))).map((file) => escape(path.relative(__dirname, file))).join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycle anywhere (an interface file that also builds its implementations is how they start).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-knows-no-scenario',
      severity: 'error',
      comment: 'The load engine, the metrics, the backend clients and the shared plumbing import no scenario: lib/scenarios.ts plugs scenarios in.',
      from: { path: '^lib/(load|metrics|db|lean|http|health)/|^lib/(config|shutdown)\\.ts$' },
      to: { path: '^lib/scenarios(/|\\.ts$)|^lib/scenario-catalog\\.ts$' },
    },
    {
      name: 'scenarios-stand-alone',
      severity: 'error',
      comment: 'A scenario folder imports no other scenario; what they share lives in lib/ outside lib/scenarios.',
      from: { path: '^lib/scenarios/([^/]+)/' },
      to: { path: '^lib/scenarios/', pathNot: '^lib/scenarios/$1/' },
    },
    {
      name: 'client-reaches-no-server-only',
      severity: 'error',
      comment: "A 'use client' component never reaches a module that imports 'server-only' (pools, credentials, config), directly or through others.",
      from: { path: clientPattern },
      to: { path: '^node_modules/server-only/', reachable: true },
    },
    {
      name: 'client-imports-no-backend',
      severity: 'error',
      comment: 'Client components talk to the server over HTTP, never to lib/db or lib/config.',
      from: { path: '^components/' },
      to: { path: '^lib/db/|^lib/config\\.ts$|^lib/scenarios\\.ts$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'Every import resolves.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|test-results|playwright-report)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
