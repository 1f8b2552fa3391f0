'use client';

import { useCallback, useEffect, useState } from 'react';
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

const focusOf = (job: ActiveJob): Focus => (job.showdown ? { kind: 'showdown', showdown: job.showdown } : job.runIds[0] ? { kind: 'run', runId: job.runIds[0] } : { kind: 'run', runId: job.id });

/** Follows /api/runs/live; EventSource reconnects by itself and every connection starts with a snapshot. */
export function useLiveRuns() {
  const [state, setState] = useState<LiveRuns>({ connected: false, active: null, focus: null, runs: {}, endedCount: 0 });

  useEffect(() => {
    const events = new EventSource('/api/runs/live');
    events.onopen = () => setState((s) => ({ ...s, connected: true }));
    events.onerror = () => setState((s) => ({ ...s, connected: false }));
    events.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LiveEvent;
      setState((s) => reduceLive(s, event));
    };
    return () => events.close();
  }, []);

  /** Runs fetched by the page (a finished showdown after a reload) join the live ones. */
  const adoptRuns = useCallback(
    (runs: RunRecord[]) =>
      setState((s) => ({ ...s, runs: { ...s.runs, ...Object.fromEntries(runs.filter((run) => !s.runs[run.id] || s.runs[run.id]!.status === 'running').map((run) => [run.id, run])) } })),
    [],
  );

  return { ...state, adoptRuns };
}

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
      const ended = event.run.status !== 'running';
      const known = state.runs[event.run.id];
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
