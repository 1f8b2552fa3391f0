/**
 * The shapes of a load run as stored, streamed and exported. Client-safe (no server imports):
 * the page, the CLI and the generator process read the same types.
 */
import type { EngineStamp } from '@/lib/load/engine-stamp';
import type { Side } from '@/lib/load/load-target';
import type { RunSettings } from '@/lib/load/run-settings';
import type { ThresholdVerdict } from '@/lib/load/thresholds/threshold-rules';

export type { RunSettings } from '@/lib/load/run-settings';

export type RunStatus = 'running' | 'completed' | 'cancelled' | 'failed' | 'interrupted';

/** Requests that did not get a usable answer, by kind. */
export interface ErrorCounts {
  /** Answered with a status other than 2xx. */
  status: number;
  /** No answer within the run's timeout. */
  timeout: number;
  /** The connection failed or was refused. */
  connection: number;
  /** Non-2xx answers by status code, e.g. { "503": 12 }. */
  byStatus: Record<string, number>;
}

/**
 * Outcomes read from the response bodies, by the counter names of the target's OutcomeReader,
 * plus `unreadable` (a 2xx answer whose body held none of them). A scenario names its counters
 * with its own type (O in the generic types below).
 */
export type OutcomeCounts = Record<string, number>;

/** The load generator's own health in that second: when it is saturated, the figures measure it, not the server. */
export interface GeneratorLoad {
  /** CPU time of the generator process over the wall time, in percent of one core. */
  cpuPercent: number;
  /** Event-loop delay beyond the timer resolution, 99th percentile and maximum in that second (ms). */
  eventLoopLagP99Ms: number;
  eventLoopLagMaxMs: number;
  saturated: boolean;
}

/** One aggregation window (one second) of a run, from the generator's own HDR histograms. */
export interface SecondStats<O extends object = OutcomeCounts> {
  /** 1-based index of the second within the run. */
  second: number;
  /** Epoch ms at the END of that second. */
  t: number;
  /** The window's real length (the last one is usually shorter). */
  windowMs: number;
  /** Responses completed in the window (any status). */
  requests: number;
  /** requests scaled to one second of wall time. */
  rps: number;
  /** Requests sent in the window. */
  sent: number;
  /** Latency of the responses completed in the window, ms with microsecond resolution. */
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  errors: ErrorCounts;
  /** Targets that read outcomes only. */
  outcomes: O | null;
  /** Open model: arrivals that found every connection busy and started late (their wait counts as latency). */
  lateStarts: number;
  generator: GeneratorLoad;
  /** Latency of the run from its start to the end of this window (the cumulative histogram), for live thresholds. */
  cumulative?: CumulativeLatency;
  /** Runs with stages: the shape's target over this window and what the generator achieved. */
  shape?: ShapeSample;
}

export interface CumulativeLatency {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface ShapeSample {
  kind: 'connections' | 'rate';
  /** The mean target over the window (connections in flight, or arrivals per second). */
  target: number;
  /** Connections: mean requests in flight. Rate: requests sent per second. */
  achieved: number;
}

export interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** The end-of-run report: ab's headline figures and Gatling's distribution, from one cumulative histogram. */
export interface RunSummary<O extends object = OutcomeCounts> {
  /** From the first request sent to the last response received, seconds. */
  totalTimeSeconds: number;
  sent: number;
  /** Responses received (any status). */
  completed: number;
  /** 2xx responses. */
  succeeded: number;
  /** Non-2xx + timeouts + connection errors. */
  failed: number;
  /** Sent but neither answered nor failed when the run stopped (cancelled or cut at the end of a duration). */
  unfinished: number;
  requestsPerSecond: number;
  /** ab's "Time per request (mean)": total time x concurrency / completed. */
  timePerRequestMs: number;
  /** ab's "(mean, across all concurrent requests)". */
  timePerRequestAcrossMs: number;
  bytesReceived: number;
  transferKbPerSecond: number;
  latency: {
    min: number;
    mean: number;
    stdDev: number;
    p50: number;
    p66: number;
    p75: number;
    p80: number;
    p90: number;
    p95: number;
    p98: number;
    p99: number;
    p999: number;
    max: number;
  };
  /** Gatling's response-time ranges (failed requests counted apart). */
  ranges: { under800: number; from800To1200: number; over1200: number; failed: number };
  errors: ErrorCounts;
  outcomes: O | null;
  lateStarts: number;
  /** Response-time distribution for the chart: equal-width bins up to p99.5, then one bin for the tail. */
  distribution: LatencyBin[];
  generator: { peakCpuPercent: number; meanCpuPercent: number; maxEventLoopLagMs: number; saturatedSeconds: number };
}

interface ShowdownLink {
  id: string;
  mode: 'fair' | 'race';
  role: Side;
}

/** The engine's own fields of a run's record; a target's notes (see RunNotes) sit beside them. */
export interface RunBase<O extends object = OutcomeCounts> {
  id: string;
  targetId: string;
  scenario: string;
  side: Side | null;
  /** Human label of the target, e.g. "Redis (atomic)". */
  label: string;
  /** What was requested, e.g. "GET /api/order/redis". */
  request: string;
  status: RunStatus;
  startedAt: number;
  endedAt: number | null;
  settings: RunSettings;
  seconds: SecondStats<O>[];
  summary: RunSummary<O> | null;
  /** Why a run failed or was interrupted. */
  error: string | null;
  showdown: ShowdownLink | null;
  /** The run's thresholds judged on its summary (absent when it had none, and on older runs). */
  thresholds?: ThresholdVerdict | null;
  /** The engine that served the run ("PostgreSQL 18.1", "dynalite 4.0.0 (DynamoDB emulator)"); absent on older runs. */
  engine?: EngineStamp | null;
}

/**
 * A run as stored, streamed and exported: the engine's fields and the notes of its target (N,
 * e.g. { keys: { count, seed } }), which a scenario types and the engine only carries.
 */
export type RunRecord<O extends object = OutcomeCounts, N extends object = object> = RunBase<O> & Partial<N>;

/** A run as listed (no per-second rows). */
export type RunListItem<O extends object = OutcomeCounts, N extends object = object> = Omit<RunBase<O>, 'seconds'> & Partial<N> & { secondsCount: number };

export type ShowdownMode = 'fair' | 'race';

export interface ShowdownState {
  id: string;
  scenario: string;
  mode: ShowdownMode;
  legacyTargetId: string;
  modernTargetId: string;
  settings: RunSettings;
  status: 'running' | 'completed' | 'cancelled' | 'failed';
  /** What is happening now, in words for the page. */
  phase: 'preparing' | 'legacy' | 'between' | 'modern' | 'both' | 'done';
  legacyRunId: string | null;
  modernRunId: string | null;
  startedAt: number;
  endedAt: number | null;
  error: string | null;
}

/** What the live stream carries. */
export type LiveEvent<R = RunRecord, O extends object = OutcomeCounts, S = ShowdownState> =
  /** Sent first on every connection: what is going on now (runs with their seconds so far) and the latest showdown. */
  | { type: 'state'; active: ActiveJob<S> | null; runs: R[]; showdown: S | null }
  /** A job started, or a run of it did. */
  | { type: 'active'; active: ActiveJob<S> }
  | { type: 'run'; run: R }
  | { type: 'second'; runId: string; second: SecondStats<O> }
  | { type: 'showdown'; showdown: S }
  | { type: 'idle' };

export interface ActiveJob<S = ShowdownState> {
  kind: 'run' | 'showdown' | 'sweep';
  /** The run id (single run) or the showdown id. */
  id: string;
  runIds: string[];
  showdown: S | null;
}
