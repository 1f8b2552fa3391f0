import { readFileSync } from 'node:fs';

/**
 * A process is named by its pid and its start time, so a pid the system handed to another
 * program since is never mistaken for ours. The start time comes from /proc (Linux); where there
 * is none, a pid alone is trusted only for liveness, never for stopping.
 */
export interface ProcessIdentity {
  pid: number;
  startTime: string | null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (PostgreSQL runs as 'postgres' under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name in field 2 may contain spaces, so count from ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function identify(pid: number): ProcessIdentity {
  return { pid, startTime: startTimeOf(pid) };
}

/** Still the very process that was recorded (same pid, same start time). */
export function isSameProcess(recorded: ProcessIdentity): boolean {
  if (!Number.isInteger(recorded.pid) || recorded.pid <= 1 || !isAlive(recorded.pid)) return false;
  if (recorded.startTime === null) return true;
  return startTimeOf(recorded.pid) === recorded.startTime;
}

/** Stopping needs the start time to match: with no /proc we cannot be sure, so we do not stop. */
export function canStopSafely(recorded: ProcessIdentity): boolean {
  return recorded.startTime !== null && isSameProcess(recorded);
}
