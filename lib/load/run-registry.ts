import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import { randomSeed } from '@/lib/load/key-sequence';
import type { PurchaseKey } from '@/lib/load/generator/protocol';
import { startGenerator, type GeneratorHandle } from '@/lib/load/generator/spawn-generator';
import { getRun, listRuns, markInterrupted, newRunId, saveRun, saveRunSync } from '@/lib/load/run-store';
import type { ActiveJob, LiveEvent, RunRecord, RunSettings, ShowdownMode, ShowdownState } from '@/lib/load/run-types';
import { showdownPairs, type ShowdownScenario, type TargetId } from '@/lib/load/target-catalog';
import {
  appBaseUrl,
  auditOfferAfterRun,
  buildRequest,
  describeRequest,
  getTarget,
  loadLookupKeys,
  resetOfferStock,
  type PreparedRequest,
} from '@/lib/load/targets';
import { onShutdown } from '@/lib/shutdown';
import { assertQuiet, registerWorkload, type RunningWork } from '@/lib/workload/interlock';

/**
 * The one place load runs are started, followed and stopped. One job at a time (a single run or
 * a showdown of two): a second start while one is going is refused with the running id. Lives in
 * a process singleton, so the lean server and Next's route handlers share it.
 */

type SeededSettings = RunSettings & { seed: number };

interface ActiveState {
  job: ActiveJob;
  generators: Map<string, GeneratorHandle>;
  /** Records of the runs of this job that are going now. */
  running: Map<string, RunRecord>;
  cancelled: boolean;
  /** Settles when the job is over and the slot is free again. */
  done: Promise<void>;
  finish(): void;
}

interface Registry {
  active: ActiveState | null;
  lastShowdown: ShowdownState | null;
  listeners: Set<(event: LiveEvent) => void>;
}

/** Seconds of a running run are written to disk at most this often (and always at the end). */
const SAVE_EVERY_MS = 5_000;
/** Fair mode lets the machine settle between the two sides. */
const PAUSE_BETWEEN_SIDES_MS = 1_000;

const registry = () =>
  processSingleton<Registry>('load-run-registry', () => {
    const created: Registry = { active: null, lastShowdown: null, listeners: new Set() };
    onShutdown(() => stopForShutdown(created));
    return created;
  });

function emit(event: LiveEvent): void {
  for (const listener of registry().listeners) {
    try {
      listener(event);
    } catch (error) {
      console.error('[load] a live listener failed', error);
    }
  }
}

/** Follows everything the registry does; returns the function that stops following. */
export function subscribeToRuns(listener: (event: LiveEvent) => void): () => void {
  const { listeners } = registry();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many live followers are attached (diagnostics and tests: a closed page must not leave one behind). */
export function liveListenerCount(): number {
  return registry().listeners.size;
}

export function getActiveJob(): ActiveJob | null {
  return registry().active?.job ?? null;
}

/** The live picture a new subscriber starts from. */
export function getLiveState(): Extract<LiveEvent, { type: 'state' }> {
  const { active, lastShowdown } = registry();
  return {
    type: 'state',
    active: active?.job ?? null,
    runs: active ? [...active.running.values()] : [],
    showdown: active?.job.showdown ?? lastShowdown,
  };
}

/** Resolves when no job is going (tests, shutdown). */
export async function waitForIdle(): Promise<void> {
  await registry().active?.done;
}

function activeWork(active: ActiveState): RunningWork {
  const runningId = active.job.runIds.at(-1) ?? active.job.id;
  const run = active.running.get(runningId);
  const what = active.job.showdown ? `showdown ${active.job.showdown.id}` : `load run ${runningId}`;
  return { kind: 'load-run', id: runningId, label: run ? `${what} (${run.label})` : what };
}

registerWorkload('load-run', () => {
  const active = registry().active;
  return active ? activeWork(active) : null;
});

function conflict(active: ActiveState): AppError {
  const runningId = active.job.runIds.at(-1) ?? active.job.id;
  return new AppError('conflict', `A load run is already going (${runningId}); wait for it or cancel it first.`, {
    reason: 'busy',
    running: activeWork(active),
    runningId,
    ...(active.job.showdown ? { showdownId: active.job.showdown.id } : {}),
  });
}

/** Takes the single job slot synchronously, so two simultaneous starts cannot both pass. */
function reserve(job: ActiveJob): ActiveState {
  const reg = registry();
  if (reg.active) throw conflict(reg.active);
  assertQuiet('start-load-run');
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const state: ActiveState = { job, generators: new Map(), running: new Map(), cancelled: false, done, finish };
  reg.active = state;
  void done.then(() => {
    if (reg.active === state) reg.active = null;
    emit({ type: 'idle' });
  });
  return state;
}

function withSeed(settings: RunSettings): SeededSettings {
  return { ...settings, seed: settings.seed ?? randomSeed() };
}

function newRecord(targetId: TargetId, settings: SeededSettings, showdown: RunRecord['showdown']): RunRecord {
  const target = getTarget(targetId);
  return {
    id: newRunId(),
    targetId,
    scenario: target.scenario,
    side: target.side,
    label: target.label,
    request: describeRequest(target),
    status: 'running',
    startedAt: Date.now(),
    endedAt: null,
    settings,
    seconds: [],
    summary: null,
    error: null,
    showdown,
    keys: null,
    offer: null,
  };
}

/** Everything a run needs before its first request; throws (nothing recorded yet) when it cannot start. */
async function prepareRun(record: RunRecord, keys: PurchaseKey[] | null, resetStock: boolean): Promise<PreparedRequest> {
  const prepared = buildRequest(getTarget(record.targetId), record.settings as SeededSettings, keys);
  record.keys = prepared.keys;
  if (prepared.stock !== null) {
    record.offer = { stock: prepared.stock, audit: null };
    if (resetStock) await resetOfferStock(prepared.stock);
  }
  return prepared;
}

/**
 * Drives one prepared run to its end: the generator's seconds go to the record, the page and
 * (every few seconds) the disk. Never throws: a failure is recorded on the run.
 */
async function executeRun(state: ActiveState, record: RunRecord, prepared: PreparedRequest, audit: boolean): Promise<RunRecord> {
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
      { baseUrl: appBaseUrl(), request: prepared.request, trackOrderOutcomes: prepared.trackOrderOutcomes, settings: record.settings },
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
  } catch (error) {
    record.status = state.cancelled ? 'cancelled' : 'failed';
    record.error = state.cancelled ? null : describeError(error);
  } finally {
    state.generators.delete(record.id);
  }
  record.endedAt = Date.now();
  if (audit && record.offer) record.offer.audit = await auditOrError();
  state.running.delete(record.id);
  await saveRun(record).catch(() => undefined);
  emit({ type: 'run', run: record });
  return record;
}

const auditOrError = () => auditOfferAfterRun().catch((error: unknown) => ({ error: describeError(error) }));

/** A run that could not even start (its preparation failed), recorded so the page can say why. */
async function recordFailedStart(record: RunRecord, error: unknown): Promise<RunRecord> {
  record.status = 'failed';
  record.error = describeError(error);
  record.endedAt = Date.now();
  await saveRun(record).catch(() => undefined);
  emit({ type: 'run', run: record });
  return record;
}

/** Starts one run; resolves once it is going. Preparation errors (no data, scenario missing) are thrown. */
export async function startRun(input: { targetId: TargetId; settings: RunSettings }): Promise<RunRecord> {
  const record = newRecord(input.targetId, withSeed(input.settings), null);
  const state = reserve({ kind: 'run', id: record.id, runIds: [], showdown: null });
  try {
    await listRuns(); // history loaded (and any run cut off by a restart marked) before a new one starts
    const keys = getTarget(input.targetId).keyed ? await loadLookupKeys() : null;
    const prepared = await prepareRun(record, keys, true);
    void executeRun(state, record, prepared, true).finally(state.finish);
    return record;
  } catch (error) {
    state.finish();
    throw error;
  }
}

/** One click: the legacy path, then the modern one with the same settings (fair) or both at once (race). */
export async function startShowdown(input: {
  scenario: ShowdownScenario;
  mode: ShowdownMode;
  modernTargetId?: TargetId;
  settings: RunSettings;
}): Promise<ShowdownState> {
  const pair = showdownPairs[input.scenario];
  const modernTargetId = input.modernTargetId ?? pair.modern;
  if (!pair.modernChoices.includes(modernTargetId)) {
    throw new AppError('bad_request', `${modernTargetId} cannot be the modern side of the ${input.scenario} showdown (choose ${pair.modernChoices.join(' or ')}).`);
  }
  const settings = withSeed(input.settings);
  const showdown: ShowdownState = {
    id: newRunId('s'),
    scenario: input.scenario,
    mode: input.mode,
    legacyTargetId: pair.legacy,
    modernTargetId,
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
    // Both sides walk the same purchases in the same order: one sample, one seed.
    const keys = getTarget(pair.legacy).keyed ? await loadLookupKeys() : null;
    const legacy = newRecord(pair.legacy, settings, { id: showdown.id, mode: showdown.mode, role: 'legacy' });
    const modern = newRecord(modernTargetId, settings, { id: showdown.id, mode: showdown.mode, role: 'modern' });
    // Race mode sells from one reset for both sides; fair mode resets before each side.
    const legacyPrepared = await prepareRun(legacy, keys, true);
    const modernPrepared = showdown.mode === 'race' ? await prepareRun(modern, keys, false) : null;
    showdown.legacyRunId = legacy.id;
    if (showdown.mode === 'race') showdown.modernRunId = modern.id;
    registry().lastShowdown = showdown;
    emit({ type: 'active', active: state.job });
    emit({ type: 'showdown', showdown });
    void runShowdown(state, showdown, { legacy, modern }, { legacy: legacyPrepared, modern: modernPrepared }, keys).finally(state.finish);
    return showdown;
  } catch (error) {
    state.finish();
    throw error;
  }
}

async function runShowdown(
  state: ActiveState,
  showdown: ShowdownState,
  records: { legacy: RunRecord; modern: RunRecord },
  prepared: { legacy: PreparedRequest; modern: PreparedRequest | null },
  keys: PurchaseKey[] | null,
): Promise<void> {
  const setPhase = (phase: ShowdownState['phase']) => {
    showdown.phase = phase;
    emit({ type: 'showdown', showdown });
  };
  const results: RunRecord[] = [];
  if (showdown.mode === 'fair' || !prepared.modern) {
    setPhase('legacy');
    results.push(await executeRun(state, records.legacy, prepared.legacy, true));
    if (results[0]!.status === 'completed') {
      setPhase('between');
      await new Promise((resolve) => setTimeout(resolve, PAUSE_BETWEEN_SIDES_MS));
      if (!state.cancelled) {
        showdown.modernRunId = records.modern.id;
        setPhase('modern');
        try {
          const modernPrepared = await prepareRun(records.modern, keys, true);
          results.push(await executeRun(state, records.modern, modernPrepared, true));
        } catch (error) {
          results.push(await recordFailedStart(records.modern, error));
        }
      }
    }
  } else {
    setPhase('both');
    results.push(
      ...(await Promise.all([executeRun(state, records.legacy, prepared.legacy, false), executeRun(state, records.modern, prepared.modern, false)])),
    );
    // Both sides sold from the same reset: one audit after both ended, stored with each.
    if (results.some((run) => run.offer)) {
      const audit = await auditOrError();
      for (const run of results) {
        if (!run.offer) continue;
        run.offer.audit = audit;
        await saveRun(run).catch(() => undefined);
        emit({ type: 'run', run });
      }
    }
  }
  const failed = results.find((run) => run.status === 'failed');
  const allCompleted = results.length === 2 && results.every((run) => run.status === 'completed');
  showdown.status = failed ? 'failed' : allCompleted ? 'completed' : 'cancelled';
  showdown.error = failed?.error ?? null;
  showdown.endedAt = Date.now();
  setPhase('done');
}

/** Stops the job a run or showdown id belongs to; the generator is gone within a second. */
export async function cancelRun(id: string): Promise<{ cancelled: string[] }> {
  const active = registry().active;
  if (!active || (active.job.id !== id && !active.job.runIds.includes(id))) {
    const run = await getRun(id);
    if (!run) throw new AppError('not_found', `No run or showdown ${id} is going.`);
    throw new AppError('conflict', `Run ${id} is not going (it is ${run.status}).`);
  }
  active.cancelled = true;
  for (const handle of active.generators.values()) handle.stop();
  return { cancelled: [...active.generators.keys()] };
}

/** Graceful shutdown: generators stopped, running runs written as interrupted before the process exits. */
function stopForShutdown(reg: Registry): void {
  const active = reg.active;
  if (!active) return;
  active.cancelled = true;
  for (const handle of active.generators.values()) handle.stop();
  for (const record of active.running.values()) {
    markInterrupted(record, 'The server was stopped during this run; the seconds up to then were kept.');
    try {
      saveRunSync(record);
    } catch (error) {
      console.error(`[load] could not save run ${record.id} on shutdown`, error);
    }
  }
}
