// One-command setup: system packages, npm dependencies and a production build, each only when
// missing or out of date, so `npm run demo` is fast the second time.
// npm ci, never npm install: the committed lockfile is installed as it is, so a clean clone never
// changes a tracked file (scripts/test-all.mjs checks that against the snapshot taken here).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedLines, gitStatus, setupSnapshotFile } from './runtime/git-status.mjs';

const root = path.resolve(import.meta.dirname, '..');
const run = (command) => execSync(command, { stdio: 'inherit', cwd: root });
const args = process.argv.slice(2);
// --build-only: the launcher's second step, once it knows no stack of its profile is running.
const buildOnly = args.includes('--build-only');

// The checkout as it was before setup touched anything (undefined outside a git checkout).
const before = buildOnly ? undefined : gitStatus(root);
if (before !== undefined) {
  mkdirSync(path.dirname(setupSnapshotFile(root)), { recursive: true });
  writeFileSync(setupSnapshotFile(root), before);
}

if (!buildOnly) run(`node scripts/setup-system.mjs ${args.includes('--with-browser') ? '--with-browser' : ''}`);

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return latest;
};

// A stack started by this checkout (its lock in the data folder names a live launcher) runs on
// these node_modules: reinstalling them under it would take the live demo down.
const runningStack = () => {
  const dataDir = path.resolve(root, process.env.DATA_DIR || '.data');
  if (!existsSync(dataDir)) return undefined;
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.lock'))) {
    try {
      const { pid } = JSON.parse(readFileSync(path.join(dataDir, name), 'utf8'));
      process.kill(pid, 0);
      return `${name.slice(0, -'.lock'.length)} (launcher pid ${pid})`;
    } catch (error) {
      if (error?.code === 'EPERM') return name;
    }
  }
  return undefined;
};

const installed = path.join(root, 'node_modules/.package-lock.json');
const live = buildOnly ? undefined : runningStack();
if (live) console.log(`A stack runs from this checkout (${live}): npm dependencies are left as they are.`);
if (!buildOnly && !live && mtime(installed) < Math.max(mtime(path.join(root, 'package-lock.json')), mtime(path.join(root, 'package.json')))) {
  run('npm ci --no-audit --no-fund');
}

if (args.includes('--build') || buildOnly) {
  const sources = Math.max(...['app', 'components', 'lib', 'public'].map((dir) => newest(path.join(root, dir))), mtime(path.join(root, 'next.config.js')), mtime(path.join(root, 'package-lock.json')));
  if (mtime(path.join(root, '.next/BUILD_ID')) < sources) run('NEXT_TELEMETRY_DISABLED=1 npx next build');
}

// The test run fails on this (scripts/test-all.mjs); the demo only says it.
const changed = before === undefined ? [] : changedLines(before, gitStatus(root) ?? '');
if (changed.length > 0) console.warn(`Setup changed the checkout, which it must not:\n  ${changed.join('\n  ')}`);
