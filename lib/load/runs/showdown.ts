import 'server-only';
import type { LoadTarget, PreparedRun } from '@/lib/load/load-target';
import { jobSlot, reserve, type ActiveState } from '@/lib/load/runs/job-slot';
import { emit } from '@/lib/load/runs/live-events';
import { executeRun, newRecord, prepareRun, recordFailedStart, runAfterHook, withSeed } from '@/lib/load/runs/run-lifecycle';
import { listRuns, newRunId, saveRun } from '@/lib/load/run-store';
import type { RunRecord, RunSettings, ShowdownMode, ShowdownState } from '@/lib/load/run-types';

/** Fair mode lets the machine settle between the two sides. */
const PAUSE_BETWEEN_SIDES_MS = 1_000;

interface Sides<T> {
  legacy: T;
  modern: T;
}

/** One click: the legacy path, then the modern one with the same settings (fair) or both at once (race). */
export async function startShowdown(input: {
  scenario: string;
  mode: ShowdownMode;
  legacy: LoadTarget;
  modern: LoadTarget;
  settings: RunSettings;
}): Promise<ShowdownState> {
  const targets = { legacy: input.legacy, modern: input.modern };
  const settings = withSeed(input.settings);
  const showdown: ShowdownState = {
    id: newRunId('s'),
    scenario: input.scenario,
    mode: input.mode,
    legacyTargetId: targets.legacy.id,
    modernTargetId: targets.modern.id,
    settings,
    status: 'running',
    phase: 'preparing',
    legacyRunId: null,
    modernRunId: null,
    startedAt: Date.now(),
    endedAt: null,
    error: null,
  };
  const state = reserve({ kind: 'showdown', id: showdown.id, runIds: [], showdown });
  try {
    await listRuns();
    // Both sides walk the same keys in the same order: one share, one seed.
    const shared = await targets.legacy.share?.();
    const legacy = newRecord(targets.legacy, settings, { id: showdown.id, mode: showdown.mode, role: 'legacy' });
    const modern = newRecord(targets.modern, settings, { id: showdown.id, mode: showdown.mode, role: 'modern' });
    // Race mode runs one before-run step for both sides (one stock to sell from); fair mode one before each side.
    const legacyPrepared = await prepareRun(targets.legacy, legacy, shared, true);
    const modernPrepared = showdown.mode === 'race' ? await prepareRun(targets.modern, modern, shared, false) : null;
    showdown.legacyRunId = legacy.id;
    if (showdown.mode === 'race') showdown.modernRunId = modern.id;
    jobSlot().lastShowdown = showdown;
    emit({ type: 'active', active: state.job });
    emit({ type: 'showdown', showdown });
    const run = { state, showdown, targets, records: { legacy, modern }, shared };
    void runShowdown(run, { legacy: legacyPrepared, modern: modernPrepared }).finally(state.finish);
    return showdown;
  } catch (error) {
    state.finish();
    throw error;
  }
}

interface ShowdownRun {
  state: ActiveState;
  showdown: ShowdownState;
  targets: Sides<LoadTarget>;
  records: Sides<RunRecord>;
  shared: unknown;
}

async function runFair(run: ShowdownRun, legacyPrepared: PreparedRun, setPhase: (phase: ShowdownState['phase']) => void): Promise<RunRecord[]> {
  const { state, showdown, targets, records } = run;
  setPhase('legacy');
  const results = [await executeRun(state, targets.legacy, records.legacy, legacyPrepared, true)];
  if (results[0]!.status !== 'completed') return results;
  setPhase('between');
  await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_SIDES_MS));
  if (state.cancelled) return results;
  showdown.modernRunId = records.modern.id;
  setPhase('modern');
  try {
    const modernPrepared = await prepareRun(targets.modern, records.modern, run.shared, true);
    results.push(await executeRun(state, targets.modern, records.modern, modernPrepared, true));
  } catch (error) {
    results.push(await recordFailedStart(records.modern, error));
  }
  return results;
}

async function runRace(run: ShowdownRun, prepared: Sides<PreparedRun>, setPhase: (phase: ShowdownState['phase']) => void): Promise<RunRecord[]> {
  const { state, targets, records } = run;
  setPhase('both');
  const results = await Promise.all([
    executeRun(state, targets.legacy, records.legacy, prepared.legacy, false),
    executeRun(state, targets.modern, records.modern, prepared.modern, false),
  ]);
  // Both sides ran from the same before-run step: one after-run step once both ended, noted on each.
  if (targets.legacy.afterRun) {
    await runAfterHook(targets.legacy, results);
    for (const result of results) {
      await saveRun(result).catch(() => undefined);
      emit({ type: 'run', run: result });
    }
  }
  return results;
}

async function runShowdown(run: ShowdownRun, prepared: { legacy: PreparedRun; modern: PreparedRun | null }): Promise<void> {
  const { showdown } = run;
  const setPhase = (phase: ShowdownState['phase']) => {
    showdown.phase = phase;
    emit({ type: 'showdown', showdown });
  };
  const results =
    showdown.mode === 'fair' || !prepared.modern
      ? await runFair(run, prepared.legacy, setPhase)
      : await runRace(run, { legacy: prepared.legacy, modern: prepared.modern }, setPhase);
  const failed = results.find((result) => result.status === 'failed');
  const allCompleted = results.length === 2 && results.every((result) => result.status === 'completed');
  showdown.status = failed ? 'failed' : allCompleted ? 'completed' : 'cancelled';
  showdown.error = failed?.error ?? null;
  showdown.endedAt = Date.now();
  setPhase('done');
}
