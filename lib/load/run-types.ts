/**
 * The shapes of a load run as stored, streamed and exported. Client-safe (no server imports):
 * the page, the CLI and the generator process read the same types.
 */
import type { RunSettings } from '@/lib/load/run-settings';
import type { Scenario, Side, TargetId } from '@/lib/load/target-catalog';

export type { RunSettings } from '@/lib/load/run-settings';
export type { Scenario, Side, TargetId } from '@/lib/load/target-catalog';

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

/** What the order endpoints answered, read from each response body. */
export interface OrderOutcomes {
  ordered: number;
  outOfStock: number;
  oversold: number;
  /** A 2xx answer whose body was not one of the three outcomes. */
  unreadable: number;
}

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
export interface SecondStats {
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
  /** Order runs only. */
  outcomes: OrderOutcomes | null;
  /** Open model: arrivals that found every connection busy and started late (their wait counts as latency). */
  lateStarts: number;
  generator: GeneratorLoad;
}

export interface LatencyBin {
  fromMs: number;
  toMs: number;
  count: number;
}

/** The end-of-run report: ab's headline figures and Gatling's distribution, from one cumulative histogram. */
export interface RunSummary {
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
  outcomes: OrderOutcomes | null;
  lateStarts: number;
  /** Response-time distribution for the chart: equal-width bins up to p99.5, then one bin for the tail. */
  distribution: LatencyBin[];
  generator: { peakCpuPercent: number; meanCpuPercent: number; maxEventLoopLagMs: number; saturatedSeconds: number };
}

export interface ShowdownLink {
  id: string;
  mode: 'fair' | 'race';
  role: Side;
}

export interface RunRecord {
  id: string;
  targetId: TargetId;
  scenario: Scenario;
  side: Side | null;
  /** Human label of the target, e.g. "Redis (atomic)". */
  label: string;
  /** What was requested, e.g. "GET /api/order/redis". */
  request: string;
  status: RunStatus;
  startedAt: number;
  endedAt: number | null;
  settings: RunSettings;
  seconds: SecondStats[];
  summary: RunSummary | null;
  /** Why a run failed or was interrupted. */
  error: string | null;
  showdown: ShowdownLink | null;
  /** Lookup runs: how many distinct purchases were sampled and the seed of the request order. */
  keys: { count: number; seed: number } | null;
  /** Order runs: the stock reset before the run and the audit taken after it. */
  offer: { stock: number; audit: unknown } | null;
}

/** A run as listed (no per-second rows). */
export type RunListItem = Omit<RunRecord, 'seconds'> & { secondsCount: number };

export type ShowdownMode = 'fair' | 'race';

export interface ShowdownState {
  id: string;
  scenario: Exclude<Scenario, 'ping'>;
  mode: ShowdownMode;
  legacyTargetId: TargetId;
  modernTargetId: TargetId;
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
export type LiveEvent =
  /** Sent first on every connection: what is going on now (runs with their seconds so far) and the latest showdown. */
  | { type: 'state'; active: ActiveJob | null; runs: RunRecord[]; showdown: ShowdownState | null }
  /** A job started, or a run of it did. */
  | { type: 'active'; active: ActiveJob }
  | { type: 'run'; run: RunRecord }
  | { type: 'second'; runId: string; second: SecondStats }
  | { type: 'showdown'; showdown: ShowdownState }
  | { type: 'idle' };

export interface ActiveJob {
  kind: 'run' | 'showdown';
  /** The run id (single run) or the showdown id. */
  id: string;
  runIds: string[];
  showdown: ShowdownState | null;
}
