import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { canStopSafely, identify, isAlive, type ProcessIdentity } from './process-identity';

/**
 * A backend left running by a launcher that was killed hard would hold its port forever. The
 * launcher recorded each backend it started (pid and start time) in its own data folder; the
 * next launcher of that folder, holding the stack lock (so the old one is gone), ends exactly
 * those processes. Nothing is ever matched by its command line.
 */
export async function endStaleProcess(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const recorded = readPidFile(pidFile);
  rmSync(pidFile, { force: true });
  if (!recorded || !canStopSafely(recorded)) return;
  process.kill(recorded.pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && isAlive(recorded.pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (canStopSafely(recorded)) process.kill(recorded.pid, 'SIGKILL');
}

function readPidFile(pidFile: string): ProcessIdentity | null {
  const [pidText, startTime] = readFileSync(pidFile, 'utf8').trim().split(/\s+/);
  const pid = Number(pidText);
  // A file from before start times were recorded names no process we can vouch for.
  if (!Number.isInteger(pid) || !startTime) return null;
  return { pid, startTime };
}

export function writePidFile(pidFile: string, pid: number | undefined): void {
  if (!pid) return;
  const { startTime } = identify(pid);
  writeFileSync(pidFile, `${pid} ${startTime ?? ''}\n`, { mode: 0o600 });
}
