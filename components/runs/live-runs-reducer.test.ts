import { describe, expect, it } from 'vitest';
import { adoptRuns, initialLiveRuns, reduceLive, setConnected } from '@/components/runs/live-runs-reducer';
import type { ActiveJob, RunRecord, ShowdownState } from '@/lib/scenario-catalog';

type SecondStats = RunRecord['seconds'][number];

const second = (n: number): SecondStats => ({
  second: n,
  t: n * 1000,
  windowMs: 1000,
  requests: 10,
  rps: 10,
  sent: 10,
  p50: 1,
  p90: 2,
  p95: 3,
  p99: 4,
  max: 5,
  mean: 1.5,
  errors: { status: 0, timeout: 0, connection: 0, byStatus: {} },
  outcomes: null,
  lateStarts: 0,
  generator: { cpuPercent: 10, eventLoopLagP99Ms: 1, eventLoopLagMaxMs: 2, saturated: false },
});

const run = (id: string, patch: Partial<RunRecord> = {}): RunRecord => ({
  id,
  targetId: 'order.redis',
  scenario: 'order',
  side: 'modern',
  label: 'Redis (atomic)',
  request: 'GET /api/order/redis',
  status: 'running',
  startedAt: 0,
  endedAt: null,
  settings: { model: 'closed', connections: 10, amount: 100, durationSeconds: null, rate: null, timeoutSeconds: 10, seed: null, stock: 100 } as RunRecord['settings'],
  seconds: [],
  summary: null,
  error: null,
  showdown: null,
  ...patch,
});

const showdown = (patch: Partial<ShowdownState> = {}): ShowdownState => ({
  id: 's1',
  scenario: 'order',
  mode: 'fair',
  legacyTargetId: 'order.legacy',
  modernTargetId: 'order.redis',
  settings: run('x').settings,
  status: 'running',
  phase: 'legacy',
  legacyRunId: 'a',
  modernRunId: null,
  startedAt: 0,
  endedAt: null,
  error: null,
  ...patch,
});

const job = (patch: Partial<ActiveJob> = {}): ActiveJob => ({ kind: 'run', id: 'a', runIds: ['a'], showdown: null, ...patch });

describe('reduceLive', () => {
  it('takes a snapshot: connected, the active job in focus, its runs', () => {
    const state = reduceLive(initialLiveRuns, { type: 'state', active: job(), runs: [run('a', { seconds: [second(1)] })], showdown: null });
    expect(state.connected).toBe(true);
    expect(state.focus).toEqual({ kind: 'run', runId: 'a' });
    expect(state.runs.a!.seconds).toHaveLength(1);
  });

  it('focuses the last showdown when nothing runs, and keeps the old focus when there is none', () => {
    const sd = showdown({ status: 'completed', phase: 'done' });
    expect(reduceLive(initialLiveRuns, { type: 'state', active: null, runs: [], showdown: sd }).focus).toEqual({ kind: 'showdown', showdown: sd });
    const focused = { ...initialLiveRuns, focus: { kind: 'run' as const, runId: 'old' } };
    expect(reduceLive(focused, { type: 'state', active: null, runs: [], showdown: null }).focus).toEqual({ kind: 'run', runId: 'old' });
  });

  it('a showdown job puts the showdown in focus', () => {
    const sd = showdown();
    expect(reduceLive(initialLiveRuns, { type: 'active', active: job({ kind: 'showdown', id: 's1', showdown: sd }) }).focus).toEqual({ kind: 'showdown', showdown: sd });
  });

  it('appends seconds in order and ignores a repeated or older one', () => {
    let state = reduceLive(initialLiveRuns, { type: 'run', run: run('a') });
    state = reduceLive(state, { type: 'second', runId: 'a', second: second(1) });
    state = reduceLive(state, { type: 'second', runId: 'a', second: second(2) });
    const same = reduceLive(state, { type: 'second', runId: 'a', second: second(2) });
    expect(same).toBe(state);
    expect(reduceLive(state, { type: 'second', runId: 'a', second: second(1) })).toBe(state);
    expect(state.runs.a!.seconds.map((s) => s.second)).toEqual([1, 2]);
    // A second for a run never announced is dropped.
    expect(reduceLive(state, { type: 'second', runId: 'zz', second: second(1) })).toBe(state);
  });

  it('never replaces the seconds shown with a record that has fewer', () => {
    let state = reduceLive(initialLiveRuns, { type: 'run', run: run('a', { seconds: [second(1), second(2)] }) });
    state = reduceLive(state, { type: 'run', run: run('a', { startedAt: 5 }) });
    expect(state.runs.a!.seconds).toHaveLength(2);
    expect(state.runs.a!.startedAt).toBe(5);
  });

  it('counts a run ending once', () => {
    let state = reduceLive(initialLiveRuns, { type: 'run', run: run('a') });
    expect(state.endedCount).toBe(0);
    state = reduceLive(state, { type: 'run', run: run('a', { status: 'completed' }) });
    expect(state.endedCount).toBe(1);
    state = reduceLive(state, { type: 'run', run: run('a', { status: 'completed' }) });
    expect(state.endedCount).toBe(1);
    state = reduceLive(state, { type: 'run', run: run('b', { status: 'failed' }) });
    expect(state.endedCount).toBe(2);
  });

  it('updates the active showdown in place and goes idle', () => {
    const sd = showdown();
    let state = reduceLive(initialLiveRuns, { type: 'active', active: job({ kind: 'showdown', id: 's1', showdown: sd }) });
    const next = showdown({ phase: 'modern', modernRunId: 'b' });
    state = reduceLive(state, { type: 'showdown', showdown: next });
    expect(state.active?.showdown).toEqual(next);
    expect(state.focus).toEqual({ kind: 'showdown', showdown: next });
    state = reduceLive(state, { type: 'idle' });
    expect(state.active).toBeNull();
    expect(state.focus).toEqual({ kind: 'showdown', showdown: next });
  });
});

describe('adoptRuns and setConnected', () => {
  it('adds fetched runs, replaces a stale running one, keeps a finished one', () => {
    let state = reduceLive(initialLiveRuns, { type: 'run', run: run('a') });
    state = reduceLive(state, { type: 'run', run: run('b', { status: 'completed', label: 'live' }) });
    const next = adoptRuns(state, [run('a', { status: 'completed' }), run('b', { status: 'completed', label: 'stored' }), run('c', { status: 'completed' })]);
    expect(next.runs.a!.status).toBe('completed');
    expect(next.runs.b!.label).toBe('live');
    expect(Object.keys(next.runs).sort()).toEqual(['a', 'b', 'c']);
    expect(adoptRuns(next, [run('b', { status: 'completed' })])).toBe(next);
  });

  it('changes only when the connection does', () => {
    const on = setConnected(initialLiveRuns, true);
    expect(on.connected).toBe(true);
    expect(setConnected(on, true)).toBe(on);
  });
});
