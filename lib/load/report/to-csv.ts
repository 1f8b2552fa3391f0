import type { RunRecord } from '@/lib/load/run-types';

/** One row per second of each run; the header names every unit. */
const columns: Array<[string, (run: RunRecord, s: RunRecord['seconds'][number]) => string | number]> = [
  ['run_id', (run) => run.id],
  ['target', (run) => run.targetId],
  ['second', (_, s) => s.second],
  ['end_time_utc', (_, s) => new Date(s.t).toISOString()],
  ['window_ms', (_, s) => s.windowMs],
  ['requests', (_, s) => s.requests],
  ['requests_per_s', (_, s) => s.rps],
  ['sent', (_, s) => s.sent],
  ['p50_ms', (_, s) => s.p50],
  ['p90_ms', (_, s) => s.p90],
  ['p95_ms', (_, s) => s.p95],
  ['p99_ms', (_, s) => s.p99],
  ['max_ms', (_, s) => s.max],
  ['mean_ms', (_, s) => s.mean],
  ['errors_status', (_, s) => s.errors.status],
  ['errors_timeout', (_, s) => s.errors.timeout],
  ['errors_connection', (_, s) => s.errors.connection],
  ['ordered', (_, s) => s.outcomes?.ordered ?? ''],
  ['out_of_stock', (_, s) => s.outcomes?.outOfStock ?? ''],
  ['oversold', (_, s) => s.outcomes?.oversold ?? ''],
  ['late_starts', (_, s) => s.lateStarts],
  ['generator_cpu_percent', (_, s) => s.generator.cpuPercent],
  ['generator_loop_lag_p99_ms', (_, s) => s.generator.eventLoopLagP99Ms],
];

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function runsToCsv(runs: RunRecord[]): string {
  const lines = [columns.map(([name]) => name).join(',')];
  for (const run of runs) {
    for (const second of run.seconds) lines.push(columns.map(([, read]) => cell(read(run, second))).join(','));
  }
  return `${lines.join('\n')}\n`;
}
