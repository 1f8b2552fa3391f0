/** The figures thresholds are checked against, from a run's summary or its seconds so far. Client-safe. */
import type { RunSummary, SecondStats } from '@/lib/load/run-types';
import type { ThresholdSubject } from '@/lib/load/thresholds/threshold-rules';

export function subjectFromSummary(summary: RunSummary): ThresholdSubject {
  const { latency, errors } = summary;
  return {
    latency: { p50: latency.p50, p90: latency.p90, p95: latency.p95, p99: latency.p99, max: latency.max, mean: latency.mean },
    requestsPerSecond: summary.requestsPerSecond,
    completed: summary.completed,
    failed: summary.failed,
    timeouts: errors.timeout,
    connectionErrors: errors.connection,
    outcomes: summary.outcomes ? { ...summary.outcomes } : null,
  };
}

/**
 * The run so far. Counts are sums of the seconds; latency is the cumulative histogram's when the
 * generator sent it with the last second (exact), else the last second's own (a live hint only).
 */
export function subjectFromSeconds(seconds: readonly SecondStats[]): ThresholdSubject | null {
  const last = seconds.at(-1);
  if (!last) return null;
  let completed = 0;
  let status = 0;
  let timeouts = 0;
  let connectionErrors = 0;
  let outcomes: Record<string, number> | null = null;
  let windowMs = 0;
  for (const second of seconds) {
    completed += second.requests;
    status += second.errors.status;
    timeouts += second.errors.timeout;
    connectionErrors += second.errors.connection;
    windowMs += second.windowMs;
    if (second.outcomes) {
      outcomes ??= {};
      for (const [name, count] of Object.entries(second.outcomes)) outcomes[name] = (outcomes[name] ?? 0) + count;
    }
  }
  const latency = last.cumulative ?? { p50: last.p50, p90: last.p90, p95: last.p95, p99: last.p99, max: last.max, mean: last.mean };
  return {
    latency,
    requestsPerSecond: windowMs > 0 ? (completed * 1000) / windowMs : 0,
    completed,
    failed: status + timeouts + connectionErrors,
    timeouts,
    connectionErrors,
    outcomes,
  };
}
