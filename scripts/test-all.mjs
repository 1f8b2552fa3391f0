// Runs every stage of the test suite in order and ends with one line that counts them all:
// typecheck, lint, dependency rules, unused code, unit, integration (real embedded stack), production build, e2e (Chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { changedLines, gitStatus, setupSnapshotFile } from './runtime/git-status.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-results/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const stages = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  // The architecture's rules (.dependency-cruiser.cjs) and no unused files, exports or dependencies (knip.json).
  ['deps', process.execPath, [path.join(root, 'scripts/check-deps.mjs')]],
  ['unused', bin('knip'), []],
  ['unit', bin('vitest'), ['run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`]],
  ['integration', bin('vitest'), ['run', '--project', 'integration', '--reporter=default', '--reporter=json', `--outputFile=${reports}/integration.json`]],
  ['build', bin('next'), ['build']],
  ['e2e', bin('playwright'), ['test']],
];

const counts = { passed: 0, failed: 0, skipped: 0 };
const addVitest = (file) => {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += report.numPassedTests;
    counts.failed += report.numFailedTests;
    counts.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    counts.failed += 1;
  }
};
const addPlaywright = (file) => {
  try {
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
    counts.skipped += stats.skipped;
  } catch {
    counts.failed += 1;
  }
};

// A clean clone must stay clean: setup (npm ci, the build) and the stages may not change a tracked
// file or leave an untracked one that .gitignore does not cover. Only checked in a git checkout.
const statusAtStart = gitStatus(root);
console.log(`Node ${process.version} (${process.execPath})`);
const checkoutStage = (name, before, after, what) => {
  console.log(`\n=== ${name}`);
  const changed = changedLines(before, after);
  if (changed.length === 0) {
    console.log(`=== ${name}: ok, ${what} left git status as it found it`);
    return true;
  }
  console.log(`${what} changed the checkout (git status --porcelain):\n  ${changed.join('\n  ')}`);
  console.log(`=== ${name}: FAILED`);
  counts.failed += 1;
  return false;
};

let failedStage;
const snapshot = setupSnapshotFile(root);
if (statusAtStart !== undefined && existsSync(snapshot)) {
  if (!checkoutStage('clean checkout after setup', readFileSync(snapshot, 'utf8'), statusAtStart, 'setup')) failedStage = 'clean checkout after setup';
  // One snapshot, one check: a later test:all without setup compares against its own start only.
  rmSync(snapshot);
}
for (const [name, command, args] of failedStage ? [] : stages) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const stageEnv = name === 'e2e' ? { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` } : env;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: stageEnv });
  const failedBefore = counts.failed;
  if (name === 'unit' || name === 'integration') addVitest(`${reports}/${name}.json`);
  if (name === 'e2e') addPlaywright(`${reports}/e2e.json`);
  // A stage whose report counts failures has failed, whatever its exit code says.
  if (result.status !== 0 || counts.failed > failedBefore) {
    failedStage = name;
    console.log(`=== ${name}: FAILED in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A stage that failed without a counted test (typecheck, lint, a crash) still counts as one failure.
    if (counts.failed === failedBefore) counts.failed += 1;
    break;
  }
  console.log(`=== ${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (!failedStage && statusAtStart !== undefined && !checkoutStage('clean checkout after the tests', statusAtStart, gitStatus(root) ?? '', 'the test run')) {
  failedStage = 'clean checkout after the tests';
}

console.log(`\n${failedStage ? `Failed at stage "${failedStage}".` : 'All stages passed.'}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
process.exit(failedStage ? 1 : 0);
