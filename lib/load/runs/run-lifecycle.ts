import 'server-only';
import { engineOf } from '@/lib/db/engine-names';
import { describeError } from '@/lib/http/to-error-response';
import { appBaseUrl } from '@/lib/load/app-address';
import { startGenerator } from '@/lib/load/generator/spawn-generator';
import { randomSeed } from '@/lib/random';
import type { LoadTarget, PreparedRun, RunNotes, SeededSettings } from '@/lib/load/load-target';
import type { ActiveState } from '@/lib/load/runs/job-slot';
import { setNotes } from '@/lib/load/run-notes';
import { emit } from '@/lib/load/runs/live-events';
import { newRunId, saveRun } from '@/lib/load/run-store';
import type { RunRecord, RunSettings } from '@/lib/load/run-types';
import { judgeRun } from '@/lib/load/thresholds/judge-run';

/** One run from its record to its end: prepared, driven by the generator, saved and announced. */

/** Seconds of a running run are written to disk at most this often (and always at the end). */
const SAVE_EVERY_MS = 5_000;

export function withSeed(settings: RunSettings): SeededSettings {
  return { ...settings, seed: settings.seed ?? randomSeed() };
}

export function newRecord(target: LoadTarget, settings: SeededSettings, showdown: RunRecord['showdown']): RunRecord {
  return {
    id: newRunId(),
    targetId: target.id,
    scenario: target.scenario,
    side: target.side,
    label: target.label,
    request: `GET ${target.path}${target.query ? `?${target.query}` : ''}`,
    status: 'running',
    startedAt: Date.now(),
    endedAt: null,
    settings,
    seconds: [],
    summary: null,
    error: null,
    showdown,
  };
}

/** Everything a run needs before its first request; throws (nothing recorded yet) when it cannot start. */
export async function prepareRun(target: LoadTarget, record: RunRecord, shared: unknown, beforeRun: boolean): Promise<PreparedRun> {
  const prepared = target.prepare(shared, record.settings as SeededSettings);
  setNotes(record, prepared.notes);
  // Every result names the engine that served it (an emulator's latency is not the real service's).
  record.engine = target.backend ? await engineOf(target.backend) : null;
  if (beforeRun) await target.beforeRun?.(record.settings as SeededSettings);
  return prepared;
}

/** The target's after-run hook; its notes go on every record given (race mode: both sides). */
export async function runAfterHook(target: LoadTarget, records: RunRecord[]): Promise<void> {
  if (!target.afterRun || records.length === 0) return;
  let notes: RunNotes;
  try {
    notes = await target.afterRun(records[0]!.settings as SeededSettings);
  } catch (error) {
    console.error(`[load] the after-run step of ${target.id} failed: ${describeError(error)}`);
    return;
  }
  for (const record of records) setNotes(record, notes);
}

/**
 * Drives one prepared run to its end: the generator's seconds go to the record, the page and
 * (every few seconds) the disk. Never throws: a failure is recorded on the run.
 */
export async function executeRun(state: ActiveState, target: LoadTarget, record: RunRecord, prepared: PreparedRun, afterRun: boolean): Promise<RunRecord> {
  state.job.runIds.push(record.id);
  state.running.set(record.id, record);
  record.startedAt = Date.now();
  emit({ type: 'active', active: state.job });
  emit({ type: 'run', run: record });
  try {
    if (state.cancelled) throw new Error('cancelled before it started');
    await saveRun(record);
    let lastSave = Date.now();
    const handle = startGenerator(
      { baseUrl: appBaseUrl(), request: prepared.request, outcomes: target.outcomes ?? null, settings: record.settings },
      (second) => {
        record.seconds.push(second);
        emit({ type: 'second', runId: record.id, second });
        if (Date.now() - lastSave >= SAVE_EVERY_MS) {
          lastSave = Date.now();
          saveRun(record).catch(() => undefined);
        }
      },
      (at) => {
        // The run starts when its generator does (a process start takes a moment), not when it was asked for.
        record.startedAt = at;
        emit({ type: 'run', run: record });
      },
    );
    state.generators.set(record.id, handle);
    if (state.cancelled) handle.stop();
    const { summary, stopped } = await handle.result;
    record.summary = summary;
    record.status = stopped || state.cancelled ? 'cancelled' : 'completed';
    record.thresholds = judgeRun(record);
  } catch (error) {
    record.status = state.cancelled ? 'cancelled' : 'failed';
    record.error = state.cancelled ? null : describeError(error);
  } finally {
    state.generators.delete(record.id);
  }
  record.endedAt = Date.now();
  if (afterRun) await runAfterHook(target, [record]);
  state.running.delete(record.id);
  await saveRun(record).catch(() => undefined);
  emit({ type: 'run', run: record });
  return record;
}

/** A run that could not even start (its preparation failed), recorded so the page can say why. */
export async function recordFailedStart(record: RunRecord, error: unknown): Promise<RunRecord> {
  record.status = 'failed';
  record.error = describeError(error);
  record.endedAt = Date.now();
  await saveRun(record).catch(() => undefined);
  emit({ type: 'run', run: record });
  return record;
}
