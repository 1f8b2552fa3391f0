import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import type { GeneratorHandle } from '@/lib/load/generator/spawn-generator';
import { emit } from '@/lib/load/runs/live-events';
import type { ActiveJob, LiveEvent, RunRecord, ShowdownState } from '@/lib/load/run-types';

/**
 * One job at a time (a single run or a showdown of two): a second start while one is going is
 * refused with the running id. Lives in a process singleton, so the lean server and Next's route
 * handlers share it.
 */

export interface ActiveState {
  job: ActiveJob;
  generators: Map<string, GeneratorHandle>;
  /** Records of the runs of this job that are going now. */
  running: Map<string, RunRecord>;
  cancelled: boolean;
  /** Settles when the job is over and the slot is free again. */
  done: Promise<void>;
  finish(): void;
}

interface Slot {
  active: ActiveState | null;
  lastShowdown: ShowdownState | null;
}

export const jobSlot = () => processSingleton<Slot>('load-run-registry', () => ({ active: null, lastShowdown: null }));

export function getActiveJob(): ActiveJob | null {
  return jobSlot().active?.job ?? null;
}

/** The live picture a new subscriber starts from. */
export function getLiveState(): Extract<LiveEvent, { type: 'state' }> {
  const { active, lastShowdown } = jobSlot();
  return {
    type: 'state',
    active: active?.job ?? null,
    runs: active ? [...active.running.values()] : [],
    showdown: active?.job.showdown ?? lastShowdown,
  };
}

/** Resolves when no job is going (tests, shutdown). */
export async function waitForIdle(): Promise<void> {
  await jobSlot().active?.done;
}

function conflict(active: ActiveState): AppError {
  const runningId = active.job.runIds.at(-1) ?? active.job.id;
  return new AppError('conflict', `A load run is already going (${runningId}); wait for it or cancel it first.`, {
    runningId,
    ...(active.job.showdown ? { showdownId: active.job.showdown.id } : {}),
  });
}

/** Takes the single job slot synchronously, so two simultaneous starts cannot both pass. */
export function reserve(job: ActiveJob): ActiveState {
  const slot = jobSlot();
  if (slot.active) throw conflict(slot.active);
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const state: ActiveState = { job, generators: new Map(), running: new Map(), cancelled: false, done, finish };
  slot.active = state;
  void done.then(() => {
    if (slot.active === state) slot.active = null;
    emit({ type: 'idle' });
  });
  return state;
}
