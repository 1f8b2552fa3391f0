/**
 * What the load-run page knows from /api/runs/live, and how each event changes it. Pure, so the
 * rules (a snapshot on every connection, seconds never go backwards, a finished run is counted once)
 * are unit-tested without a browser or a server.
 */
import type { ActiveJob, LiveEvent, RunRecord, ShowdownState } from '@/lib/scenario-catalog';

export type Focus = { kind: 'showdown'; showdown: ShowdownState } | { kind: 'run'; runId: string } | null;

export interface LiveRuns {
  connected: boolean;
  active: ActiveJob | null;
  /** What the live area shows: the job going now, else the last one (a run started from the CLI shows up too). */
  focus: Focus;
  /** Runs seen live, by id, with their seconds so far. */
  runs: Record<string, RunRecord>;
  /** Bumped whenever a run ends, so lists can refresh. */
  endedCount: number;
}

export const initialLiveRuns: LiveRuns = { connected: false, active: null, focus: null, runs: {}, endedCount: 0 };

const focusOf = (job: ActiveJob): Focus =>
  job.showdown ? { kind: 'showdown', showdown: job.showdown } : job.runIds[0] ? { kind: 'run', runId: job.runIds[0] } : { kind: 'run', runId: job.id };

export function reduceLive(state: LiveRuns, event: LiveEvent): LiveRuns {
  switch (event.type) {
    case 'state': {
      const runs = { ...state.runs };
      for (const run of event.runs) runs[run.id] = run;
      const focus: Focus = event.active ? focusOf(event.active) : event.showdown ? { kind: 'showdown', showdown: event.showdown } : state.focus;
      return { ...state, connected: true, active: event.active, focus, runs };
    }
    case 'active':
      return { ...state, active: event.active, focus: focusOf(event.active) };
    case 'run': {
      const known = state.runs[event.run.id];
      // Counted once: a second "ended" event for the same run (a reconnect's replay) is no new end.
      const ended = event.run.status !== 'running' && (!known || known.status === 'running');
      // A start event carries no seconds yet; never replace seconds already shown with fewer.
      const run = known && known.seconds.length > event.run.seconds.length ? { ...event.run, seconds: known.seconds } : event.run;
      return { ...state, runs: { ...state.runs, [run.id]: run }, endedCount: state.endedCount + (ended ? 1 : 0) };
    }
    case 'second': {
      const run = state.runs[event.runId];
      if (!run || (run.seconds.at(-1)?.second ?? 0) >= event.second.second) return state;
      return { ...state, runs: { ...state.runs, [run.id]: { ...run, seconds: [...run.seconds, event.second] } } };
    }
    case 'showdown': {
      const focus: Focus = { kind: 'showdown', showdown: event.showdown };
      const active = state.active?.id === event.showdown.id ? { ...state.active, showdown: event.showdown } : state.active;
      return { ...state, active, focus };
    }
    case 'idle':
      return { ...state, active: null };
  }
}

/** Runs fetched by the page (a finished showdown after a reload) join the live ones; a live run that is still running is replaced, a finished one kept. */
export function adoptRuns(state: LiveRuns, runs: RunRecord[]): LiveRuns {
  const adopted = runs.filter((run) => !state.runs[run.id] || state.runs[run.id]!.status === 'running');
  if (adopted.length === 0) return state;
  return { ...state, runs: { ...state.runs, ...Object.fromEntries(adopted.map((run) => [run.id, run])) } };
}

/** The connection's own state changes (EventSource open and error). */
export const setConnected = (state: LiveRuns, connected: boolean): LiveRuns => (state.connected === connected ? state : { ...state, connected });
