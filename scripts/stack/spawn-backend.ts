import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a backend process that dies with us and whose early exit is reported with its output. */
export function spawnBackend(command: string, args: string[], name: string, log: (line: string) => void): { child: ChildProcess; exited: Promise<never>; stop(): Promise<void> } {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let stopping = false;
  const exited = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (!stopping) log(`${name} exited (${signal ?? code}): ${output.trim().split('\n').slice(-8).join('\n')}`);
      reject(new Error(`${name} exited (${signal ?? code}): ${output.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
  exited.catch(() => undefined);
  const stop = async () => {
    stopping = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await gone;
    clearTimeout(timer);
  };
  return { child, exited, stop };
}
