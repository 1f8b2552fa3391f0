// The checkout's `git status --porcelain` (tracked changes and untracked files that .gitignore does
// not cover), to tell whether setup or the test run changed the clone. Only Node's own modules.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The status lines, sorted, or undefined when this is not a git checkout (or git is missing). */
export function gitStatus(root) {
  const result = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  return result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .sort()
    .join('\n');
}

/** Where setup leaves the status it found (.data/ is git-ignored). */
export const setupSnapshotFile = (root) => path.join(root, '.data/git-status-before-setup.txt');

/** Lines present in `after` but not in `before`: what the step in between changed. */
export function changedLines(before, after) {
  const earlier = new Set(before.split('\n'));
  return after.split('\n').filter((line) => line !== '' && !earlier.has(line));
}
