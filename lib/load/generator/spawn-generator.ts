import 'server-only';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/http/app-error';
import type { FromGenerator, GeneratorJob, ToGenerator } from '@/lib/load/generator/protocol';
import type { RunSummary, SecondStats } from '@/lib/load/run-types';

interface GeneratorResult {
  summary: RunSummary;
  /** The run was stopped before its end (cancel). */
  stopped: boolean;
}

export interface GeneratorHandle {
  pid: number | undefined;
  /** Asks the generator to stop; it is killed if it has not reported within STOP_GRACE_MS. */
  stop(): void;
  result: Promise<GeneratorResult>;
}

/** A cancel must land within 1 s: the generator gets this long to send its summary, then is killed. */
const STOP_GRACE_MS = 700;

function generatorEntry(): string {
  // Resolved from the working directory: every launcher (demo, tests, bench, CLI) starts in the repository root.
  const entry = path.join(process.cwd(), 'lib/load/generator/generator-process.ts');
  if (!existsSync(entry)) throw new AppError('internal', `The load generator is missing at ${entry}; start the app from the repository root.`);
  return entry;
}

/**
 * Forks the load generator for one job. Per-second snapshots arrive through onSecond; the result
 * settles when the generator reports its summary, and rejects when it fails or dies.
 */
export function startGenerator(job: GeneratorJob, onSecond: (second: SecondStats) => void, onStarted?: (at: number) => void): GeneratorHandle {
  // spawn with an IPC channel rather than fork: Turbopack resolves fork()'s path as a module
  // request at build time (vercel/next.js#97952). tsx runs the TypeScript entry; nothing in the
  // generator imports server-only modules.
  const child = spawn(process.execPath, ['--import', 'tsx', generatorEntry()], {
    cwd: process.cwd(),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let settled = false;
  let killTimer: NodeJS.Timeout | undefined;

  const result = new Promise<GeneratorResult>((resolve, reject) => {
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      action();
    };
    child.on('message', (message: FromGenerator) => {
      if (message.type === 'second') onSecond(message.second);
      else if (message.type === 'started') onStarted?.(message.at);
      else if (message.type === 'done') settle(() => resolve({ summary: message.summary, stopped: message.stopped }));
      else if (message.type === 'failed') settle(() => reject(new Error(`The load generator failed: ${message.message}`)));
    });
    child.on('error', (error) => settle(() => reject(new Error(`The load generator could not start: ${error.message}`))));
    // 'exit' can overtake the last IPC messages; give them a moment to land first.
    child.on('exit', (code, signal) =>
      setTimeout(
        () => settle(() => reject(new Error(`The load generator stopped without a summary (${signal ? `signal ${signal}` : `exit code ${code}`}).`))),
        100,
      ),
    );
  });
  // The registry awaits result; this only keeps an early rejection from counting as unhandled.
  result.catch(() => undefined);

  const send = (message: ToGenerator) => {
    if (child.connected) child.send(message);
  };
  send({ type: 'start', job });

  return {
    pid: child.pid,
    stop() {
      if (settled) return;
      send({ type: 'stop' });
      killTimer ??= setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, STOP_GRACE_MS);
    },
    result,
  };
}
