// One-command setup: system packages, npm dependencies and a production build, each only when
// missing or out of date, so `npm run demo` is fast the second time.
// npm ci, never npm install: the committed lockfile is installed as it is, so a clean clone never
// changes a tracked file (scripts/test-all.mjs checks that against the snapshot taken here).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changedLines, gitStatus, setupSnapshotFile } from './runtime/git-status.mjs';

const root = path.resolve(import.meta.dirname, '..');
const run = (command) => execSync(command, { stdio: 'inherit', cwd: root });
const args = process.argv.slice(2);

// The checkout as it was before setup touched anything (undefined outside a git checkout).
const before = gitStatus(root);
if (before !== undefined) {
  mkdirSync(path.dirname(setupSnapshotFile(root)), { recursive: true });
  writeFileSync(setupSnapshotFile(root), before);
}

run(`node scripts/setup-system.mjs ${args.includes('--with-browser') ? '--with-browser' : ''}`);

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const newest = (dir) => {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, mtime(path.join(entry.parentPath, entry.name)));
  }
  return latest;
};

const installed = path.join(root, 'node_modules/.package-lock.json');
if (mtime(installed) < Math.max(mtime(path.join(root, 'package-lock.json')), mtime(path.join(root, 'package.json')))) {
  run('npm ci --no-audit --no-fund');
}

if (args.includes('--build')) {
  const sources = Math.max(...['app', 'components', 'lib', 'public'].map((dir) => newest(path.join(root, dir))), mtime(path.join(root, 'next.config.js')), mtime(path.join(root, 'package-lock.json')));
  if (mtime(path.join(root, '.next/BUILD_ID')) < sources) run('NEXT_TELEMETRY_DISABLED=1 npx next build');
}

// The test run fails on this (scripts/test-all.mjs); the demo only says it.
const changed = before === undefined ? [] : changedLines(before, gitStatus(root) ?? '');
if (changed.length > 0) console.warn(`Setup changed the checkout, which it must not:\n  ${changed.join('\n  ')}`);
