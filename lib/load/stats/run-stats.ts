import type { CumulativeLatency, ErrorCounts, GeneratorLoad, OutcomeCounts, RunSummary, SecondStats } from '@/lib/load/run-types';
import {
  countRanges,
  createLatencyHistogram,
  distributionBins,
  maxMs,
  meanMs,
  minMs,
  percentileMs,
  recordMs,
  stdDevMs,
  type LatencyHistogram,
} from '@/lib/load/stats/latency-histogram';

/** The counter of a 2xx answer whose body held none of the target's outcomes. */
export const UNREADABLE = 'unreadable';

const emptyErrors = (): ErrorCounts => ({ status: 0, timeout: 0, connection: 0, byStatus: {} });
const emptyOutcomes = (counters: readonly string[]): OutcomeCounts => Object.fromEntries([...counters, UNREADABLE].map((name) => [name, 0]));

function addErrors(into: ErrorCounts, from: ErrorCounts): void {
  into.status += from.status;
  into.timeout += from.timeout;
  into.connection += from.connection;
  for (const [code, count] of Object.entries(from.byStatus)) into.byStatus[code] = (into.byStatus[code] ?? 0) + count;
}

function addOutcomes(into: OutcomeCounts, from: OutcomeCounts): void {
  for (const [name, count] of Object.entries(from)) into[name] = (into[name] ?? 0) + count;
}

const errorTotal = (errors: ErrorCounts) => errors.status + errors.timeout + errors.connection;

/** Seconds in which the generator's CPU or event loop says it, not the server, set the pace. */
const SATURATED_CPU_PERCENT = 90;
const SATURATED_LAG_MS = 50;

export function isGeneratorSaturated(cpuPercent: number, lagP99Ms: number): boolean {
  return cpuPercent >= SATURATED_CPU_PERCENT || lagP99Ms >= SATURATED_LAG_MS;
}

interface Window {
  histogram: LatencyHistogram;
  requests: number;
  sent: number;
  errors: ErrorCounts;
  outcomes: OutcomeCounts;
  lateStarts: number;
}

const newWindow = (histogram: LatencyHistogram, counters: readonly string[]): Window => ({
  histogram,
  requests: 0,
  sent: 0,
  errors: emptyErrors(),
  outcomes: emptyOutcomes(counters),
  lateStarts: 0,
});

/**
 * Aggregates one run: a histogram per one-second window (reset after each snapshot) and a
 * cumulative one for the summary. Everything is counted here, from the generator's hooks, so the
 * per-second rows add up exactly to the totals.
 */
export class RunStats {
  private window: Window;
  private readonly total: LatencyHistogram = createLatencyHistogram();
  /** 2xx answers only, for Gatling's response-time ranges (which leave failed requests apart). */
  private readonly succeededHistogram: LatencyHistogram = createLatencyHistogram();
  private readonly totalErrors = emptyErrors();
  private readonly totalOutcomes: OutcomeCounts;
  private readonly counters: readonly string[];
  private totalRequests = 0;
  private totalSent = 0;
  private totalSucceeded = 0;
  private totalLateStarts = 0;
  private totalBytes = 0;
  private firstSentAt: number | null = null;
  private lastDoneAt: number | null = null;
  private lastSnapshotAt: number;
  private secondIndex = 0;
  private readonly generatorSeconds: GeneratorLoad[] = [];

  constructor(
    /** outcomeCounters: the names outcomes count towards (null: the target reads none). */
    private readonly options: { outcomeCounters: readonly string[] | null; startedAt: number },
  ) {
    this.counters = options.outcomeCounters ?? [];
    this.totalOutcomes = emptyOutcomes(this.counters);
    this.window = newWindow(createLatencyHistogram(), this.counters);
    this.lastSnapshotAt = options.startedAt;
  }

  recordSent(now: number): void {
    this.firstSentAt ??= now;
    this.window.sent += 1;
    this.totalSent += 1;
  }

  recordLateStart(): void {
    this.window.lateStarts += 1;
    this.totalLateStarts += 1;
  }

  /** A response arrived: its latency counts whatever its status (as ab counts it); non-2xx is also an error. */
  recordResponse(latencyMs: number, status: number, bytes: number, outcome: string | null, now: number): void {
    this.lastDoneAt = now;
    recordMs(this.window.histogram, latencyMs);
    this.window.requests += 1;
    this.totalRequests += 1;
    this.totalBytes += bytes;
    if (status >= 200 && status < 300) {
      this.totalSucceeded += 1;
      recordMs(this.succeededHistogram, latencyMs);
      if (this.options.outcomeCounters) this.countOutcome(outcome ?? UNREADABLE);
    } else {
      this.window.errors.status += 1;
      this.window.errors.byStatus[status] = (this.window.errors.byStatus[status] ?? 0) + 1;
    }
  }

  recordTimeout(now: number): void {
    this.lastDoneAt = now;
    this.window.errors.timeout += 1;
  }

  recordConnectionError(now: number): void {
    this.lastDoneAt = now;
    this.window.errors.connection += 1;
  }

  private countOutcome(counter: string): void {
    const key = Object.hasOwn(this.window.outcomes, counter) ? counter : UNREADABLE;
    this.window.outcomes[key] = (this.window.outcomes[key] ?? 0) + 1;
  }

  /** Whether the open window saw anything (the last, partial window is dropped when empty). */
  windowHasActivity(): boolean {
    const w = this.window;
    return w.requests + w.sent + errorTotal(w.errors) + w.lateStarts > 0;
  }

  /** Closes the current window: its figures, then a fresh window. `t` is the window's nominal end. */
  takeSecond(t: number, now: number, generator: GeneratorLoad): SecondStats {
    const w = this.window;
    this.window = newWindow(w.histogram, this.counters);
    const windowMs = Math.max(1, now - this.lastSnapshotAt);
    this.lastSnapshotAt = now;
    this.secondIndex += 1;

    const second: SecondStats = {
      second: this.secondIndex,
      t,
      windowMs,
      requests: w.requests,
      rps: round2((w.requests * 1000) / windowMs),
      sent: w.sent,
      p50: percentileMs(w.histogram, 50),
      p90: percentileMs(w.histogram, 90),
      p95: percentileMs(w.histogram, 95),
      p99: percentileMs(w.histogram, 99),
      max: maxMs(w.histogram),
      mean: meanMs(w.histogram),
      errors: w.errors,
      outcomes: this.options.outcomeCounters ? w.outcomes : null,
      lateStarts: w.lateStarts,
      generator,
    };
    this.total.add(w.histogram);
    addErrors(this.totalErrors, w.errors);
    addOutcomes(this.totalOutcomes, w.outcomes);
    this.generatorSeconds.push(generator);
    // The window histogram is reused: reset is cheaper than building a new one every second.
    w.histogram.reset();
    return second;
  }

  /** Latency of every window closed so far (live thresholds read it with each second). */
  cumulativeLatency(): CumulativeLatency {
    const h = this.total;
    return { p50: percentileMs(h, 50), p90: percentileMs(h, 90), p95: percentileMs(h, 95), p99: percentileMs(h, 99), max: maxMs(h), mean: meanMs(h) };
  }

  summarize(concurrency: number): RunSummary {
    const h = this.total;
    const started = this.firstSentAt ?? this.options.startedAt;
    const ended = this.lastDoneAt ?? started;
    const totalTimeSeconds = Math.max(0.001, (ended - started) / 1000);
    const failed = errorTotal(this.totalErrors);
    const finished = this.totalRequests + this.totalErrors.timeout + this.totalErrors.connection;
    const ranges = countRanges(this.succeededHistogram, 800, 1200);
    const cpu = this.generatorSeconds.map((g) => g.cpuPercent);
    return {
      totalTimeSeconds: round3(totalTimeSeconds),
      sent: this.totalSent,
      completed: this.totalRequests,
      succeeded: this.totalSucceeded,
      failed,
      unfinished: Math.max(0, this.totalSent - finished),
      requestsPerSecond: round2(this.totalRequests / totalTimeSeconds),
      timePerRequestMs: this.totalRequests === 0 ? 0 : round3((totalTimeSeconds * 1000 * concurrency) / this.totalRequests),
      timePerRequestAcrossMs: this.totalRequests === 0 ? 0 : round3((totalTimeSeconds * 1000) / this.totalRequests),
      bytesReceived: this.totalBytes,
      transferKbPerSecond: round2(this.totalBytes / 1024 / totalTimeSeconds),
      latency: {
        min: minMs(h),
        mean: meanMs(h),
        stdDev: stdDevMs(h),
        p50: percentileMs(h, 50),
        p66: percentileMs(h, 66),
        p75: percentileMs(h, 75),
        p80: percentileMs(h, 80),
        p90: percentileMs(h, 90),
        p95: percentileMs(h, 95),
        p98: percentileMs(h, 98),
        p99: percentileMs(h, 99),
        p999: percentileMs(h, 99.9),
        max: maxMs(h),
      },
      ranges: {
        under800: ranges.below,
        from800To1200: ranges.between,
        over1200: ranges.above,
        failed,
      },
      errors: structuredClone(this.totalErrors),
      outcomes: this.options.outcomeCounters ? { ...this.totalOutcomes } : null,
      lateStarts: this.totalLateStarts,
      distribution: distributionBins(h),
      generator: {
        peakCpuPercent: cpu.length === 0 ? 0 : Math.max(...cpu),
        meanCpuPercent: cpu.length === 0 ? 0 : round2(cpu.reduce((a, b) => a + b, 0) / cpu.length),
        maxEventLoopLagMs: this.generatorSeconds.reduce((m, g) => Math.max(m, g.eventLoopLagMaxMs), 0),
        saturatedSeconds: this.generatorSeconds.filter((g) => g.saturated).length,
      },
    };
  }
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
