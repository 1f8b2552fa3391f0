// Runs a command on Node.js 24 or later, the project's supported runtime.
//   node scripts/runtime/node24.mjs <command> [args...]
// When the Node that started this script is 24 or later, the command runs as it is, on that Node.
// When it is older (Debian 12 and this build machine have Node 20), the Node 24 pinned in
// tools/node24/package-lock.json is installed from the npm registry with `npm ci` (npm picks the one
// package matching this os and cpu) and put first on PATH, so the command and everything it starts
// through `node`, `npx`, a node_modules/.bin script or process.execPath runs on Node 24.
// Only Node's own modules here: this runs before the project's dependencies are installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SUPPORTED_MAJOR = 24;
// fileURLToPath rather than import.meta.dirname, which Nodes before 20.11 lack.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const toolsDir = path.join(root, 'tools/node24');
const lockFile = path.join(toolsDir, 'package-lock.json');

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/runtime/node24.mjs <command> [args...]');
  process.exit(2);
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const fits = (allowed, actual) => allowed === undefined || [allowed].flat().includes(actual);

/** The lockfile's Node package for this os and cpu: its folder, version and binary. */
function pinnedNode() {
  const { packages } = JSON.parse(readFileSync(lockFile, 'utf8'));
  const match = Object.entries(packages).find(([key, pkg]) => key !== '' && fits(pkg.os, process.platform) && fits(pkg.cpu, process.arch));
  if (!match) {
    console.error(
      `Node ${process.version} is older than ${SUPPORTED_MAJOR}, and tools/node24 pins no Node ${SUPPORTED_MAJOR} package for ` +
        `${process.platform}-${process.arch}. Install Node ${SUPPORTED_MAJOR} LTS (https://nodejs.org) and run the command again.`,
    );
    process.exit(1);
  }
  const [key, pkg] = match;
  return { name: key.replace(/^node_modules\//, ''), version: pkg.version, binary: path.join(toolsDir, key, pkg.bin.node) };
}

/** npm as the user started it (npm_execpath when run from an npm script), on the current Node. */
function npm(npmArgs) {
  const cli = process.env.npm_execpath;
  const result = cli?.endsWith('.js')
    ? spawnSync(process.execPath, [cli, ...npmArgs], { stdio: 'inherit' })
    : spawnSync('npm', npmArgs, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function installedNode24() {
  const node = pinnedNode();
  const installed = path.join(toolsDir, 'node_modules/.package-lock.json');
  if (!existsSync(node.binary) || mtime(installed) < mtime(lockFile)) {
    console.log(`Node ${process.version} is older than ${SUPPORTED_MAJOR}: installing Node ${node.version} (${node.name}) from the npm registry into tools/node24...`);
    if (!npm(['ci', '--prefix', toolsDir, '--no-audit', '--no-fund', '--loglevel=error']) || !existsSync(node.binary)) {
      console.error(`Could not install ${node.name}@${node.version}. Install Node ${SUPPORTED_MAJOR} LTS (https://nodejs.org) and run the command again.`);
      process.exit(1);
    }
  }
  return node;
}

// Windows spells it Path; keep whichever key the environment has.
const pathKey = Object.keys(process.env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
const withFirstOnPath = (dir) => `${dir}${path.delimiter}${process.env[pathKey] ?? ''}`;

/** The `node` a child would start by name, as a real path (undefined when none is on PATH). */
function nodeOnPath() {
  const names = process.platform === 'win32' ? ['node.exe'] : ['node'];
  for (const dir of (process.env[pathKey] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return realpathSync(candidate);
    }
  }
  return undefined;
}

let env = process.env;
if (Number(process.versions.node.split('.')[0]) >= SUPPORTED_MAJOR) {
  // This Node is the one to use; make sure `node` by name is this one too (it is, unless this
  // script was started by a full path while PATH has another Node first).
  if (nodeOnPath() !== realpathSync(process.execPath)) env = { ...process.env, [pathKey]: withFirstOnPath(path.dirname(process.execPath)) };
} else {
  const node = installedNode24();
  env = {
    ...process.env,
    [pathKey]: withFirstOnPath(path.dirname(node.binary)),
    // npm points these at the Node that started it; tools that honour them get Node 24 too.
    NODE: node.binary,
    npm_node_execpath: node.binary,
    // The bench compares the two Nodes in one run (scripts/bench/sustained.ts).
    SHOWDOWN_OLDER_NODE: process.execPath,
  };
}

const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
// Ctrl+C reaches the child directly (same process group); a SIGTERM or SIGHUP sent to this process
// alone is passed on, and this process ends when the child does, with its exit code.
process.on('SIGINT', () => {});
for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => {
  console.error(`Could not start ${command}: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
