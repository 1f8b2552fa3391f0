import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A backend left running by a launcher that was killed hard would hold its port forever; its pid
 * file in our own data folder lets the next start end it first.
 */
export async function endStaleProcess(pidFile: string, expectedCommand: RegExp): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid)) return;
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return;
  }
  if (!expectedCommand.test(command)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

export function writePidFile(pidFile: string, pid: number | undefined): void {
  if (pid) writeFileSync(pidFile, `${pid}\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
