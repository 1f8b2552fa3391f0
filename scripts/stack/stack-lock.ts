import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { identify, isSameProcess, type ProcessIdentity } from './process-identity';

/** What a running stack tells a second launcher of the same data folder. */
export interface StackLockInfo extends ProcessIdentity {
  profile: string;
  appUrl: string;
  dataDir: string;
  startedAt: string;
}

export class StackAlreadyRunningError extends Error {
  constructor(readonly holder: StackLockInfo) {
    super(
      [
        `A db-showdown ${holder.profile} stack is already running for ${holder.dataDir}: launcher pid ${holder.pid}, app on ${holder.appUrl}, started ${holder.startedAt}.`,
        'It was left untouched. Open it in the browser, stop it with Ctrl+C in its terminal,',
        'or start a separate stack with its own ports and data: STACK_PORT_OFFSET=1000 npm run demo',
      ].join('\n'),
    );
    this.name = 'StackAlreadyRunningError';
  }
}

/** The lock sits beside the data folder, so `--fresh` can empty the folder while holding it. */
export function stackLockPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function readLock(file: string): StackLockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StackLockInfo;
  } catch {
    return null;
  }
}

/** The live stack holding this data folder, if any (a look only: nothing is taken or changed). */
export function findRunningStack(dataDir: string): StackLockInfo | null {
  const holder = readLock(stackLockPath(dataDir));
  return holder && isSameProcess(holder) ? holder : null;
}

/**
 * One stack per data folder. The lock file is created exclusively; one left by a launcher that
 * is no longer running (pid gone, or reused by another program) is taken over.
 */
export function acquireStackLock(info: Omit<StackLockInfo, keyof ProcessIdentity | 'startedAt'>): { release(): void } {
  const file = stackLockPath(info.dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const mine: StackLockInfo = { ...info, ...identify(process.pid), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(mine, null, 2), { flag: 'wx', mode: 0o600 });
      return {
        release() {
          // Only our own lock is removed, never one a later launcher took over.
          if (readLock(file)?.pid === mine.pid) rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLock(file);
    if (holder && isSameProcess(holder)) throw new StackAlreadyRunningError(holder);
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the stack lock ${file}; another launcher is starting at the same moment.`);
}
