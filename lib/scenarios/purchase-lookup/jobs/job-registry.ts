import 'server-only';
import { randomUUID } from 'node:crypto';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import { onShutdown } from '@/lib/shutdown';
import type { JobHooks, JobProgress } from '@/lib/scenarios/purchase-lookup/jobs/job-hooks';

export type LookupJobKind = 'generate' | 'staging' | 'migrate';
type LookupJobStatus = 'running' | 'succeeded' | 'failed' | 'interrupted';

/** A job as the page sees it. */
export interface LookupJobView {
  id: string;
  kind: LookupJobKind;
  status: LookupJobStatus;
  params: Record<string, unknown>;
  startedAt: string;
  finishedAt: string | null;
  elapsedMs: number;
  phase: string;
  done: number;
  total: number;
  unit: string;
  /** Over the last few seconds while running; over the whole run once finished. */
  rowsPerSecond: number;
  etaSeconds: number | null;
  error: string | null;
  result: unknown;
}

interface JobRecord {
  view: LookupJobView;
  started: number;
  controller: AbortController;
  samples: { at: number; done: number }[];
  firstDone: number | null;
  finished: Promise<void>;
}

interface Registry {
  latest: Partial<Record<LookupJobKind, JobRecord>>;
  running: JobRecord | null;
}

const RATE_WINDOW_MS = 3_000;

const registry = () =>
  processSingleton<Registry>('lookup-job-registry', () => {
    const created: Registry = { latest: {}, running: null };
    // A stopping server lets the running job settle: the migration saves its checkpoint.
    onShutdown(async () => {
      const running = created.running;
      if (!running) return;
      running.controller.abort(new Error('The server is shutting down'));
      await Promise.race([running.finished, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    });
    return created;
  });

function snapshot(record: JobRecord): LookupJobView {
  const view = record.view;
  if (view.status === 'running') view.elapsedMs = Math.round(performance.now() - record.started);
  return { ...view };
}

function applyProgress(record: JobRecord, progress: JobProgress): void {
  const view = record.view;
  const now = performance.now();
  if (progress.phase !== undefined) view.phase = progress.phase;
  if (progress.unit !== undefined) view.unit = progress.unit;
  if (progress.total !== undefined) view.total = progress.total;
  if (progress.done !== undefined) {
    view.done = progress.done;
    record.firstDone ??= progress.done;
    record.samples.push({ at: now, done: progress.done });
    while (record.samples.length > 2 && now - record.samples[0]!.at > RATE_WINDOW_MS) record.samples.shift();
    const oldest = record.samples[0]!;
    const seconds = (now - oldest.at) / 1000;
    if (seconds > 0.2) view.rowsPerSecond = Math.round((progress.done - oldest.done) / seconds);
    const remaining = view.total - view.done;
    view.etaSeconds = view.rowsPerSecond > 0 && remaining >= 0 ? Math.ceil(remaining / view.rowsPerSecond) : null;
  }
}

/**
 * Starts one of the scenario's long jobs in this process. Only one runs at a time (they all
 * rewrite the same tables): a second start answers 409 with the running job.
 */
export function startLookupJob(
  kind: LookupJobKind,
  params: Record<string, unknown>,
  run: (hooks: Required<JobHooks>) => Promise<unknown>,
): LookupJobView {
  const state = registry();
  if (state.running) {
    throw new AppError('conflict', `A ${state.running.view.kind} job is already running; wait for it to finish.`, {
      running: snapshot(state.running),
    });
  }
  const record: JobRecord = {
    view: {
      id: randomUUID(),
      kind,
      status: 'running',
      params,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      elapsedMs: 0,
      phase: 'starting',
      done: 0,
      total: 0,
      unit: 'rows',
      rowsPerSecond: 0,
      etaSeconds: null,
      error: null,
      result: null,
    },
    started: performance.now(),
    controller: new AbortController(),
    samples: [],
    firstDone: null,
    finished: Promise.resolve(),
  };
  state.running = record;
  state.latest[kind] = record;
  record.finished = (async () => {
    try {
      const result = await run({ signal: record.controller.signal, onProgress: (progress) => applyProgress(record, progress) });
      record.view.result = result ?? null;
      record.view.status = (result as { status?: string } | null)?.status === 'interrupted' ? 'interrupted' : 'succeeded';
    } catch (error) {
      record.view.status = record.controller.signal.aborted ? 'interrupted' : 'failed';
      record.view.error = describeError(error);
    } finally {
      const elapsed = performance.now() - record.started;
      record.view.elapsedMs = Math.round(elapsed);
      record.view.finishedAt = new Date().toISOString();
      record.view.etaSeconds = null;
      // The finished job reports its average over the rows this run handled.
      const handled = record.view.done - (record.firstDone === null ? 0 : Math.min(record.firstDone, record.view.done));
      const fromResult = (record.view.result as { rowsPerSecond?: number } | null)?.rowsPerSecond;
      record.view.rowsPerSecond = fromResult ?? (elapsed > 0 ? Math.round((handled * 1000) / elapsed) : 0);
      state.running = null;
    }
  })();
  return snapshot(record);
}

export function listLookupJobs(): Record<LookupJobKind, LookupJobView | null> {
  const { latest } = registry();
  const view = (kind: LookupJobKind) => {
    const record = latest[kind];
    return record ? snapshot(record) : null;
  };
  return { generate: view('generate'), staging: view('staging'), migrate: view('migrate') };
}

export function runningLookupJob(): LookupJobKind | null {
  return registry().running?.view.kind ?? null;
}

/** Waits for the running job (tests and scripts). */
export async function waitForLookupJob(): Promise<void> {
  await registry().running?.finished;
}

/** Asks the running job to stop; it finishes its in-flight work and records where it stopped. */
export function stopLookupJob(): boolean {
  const running = registry().running;
  if (!running) return false;
  running.controller.abort(new Error('Stopped by the user'));
  return true;
}
