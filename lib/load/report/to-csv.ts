import { counterColumn } from '@/lib/load/run-notes';
import type { RunRecord } from '@/lib/load/run-types';

/** One row per second of each run; the header names every unit. */
type Column = [string, (run: RunRecord, s: RunRecord['seconds'][number]) => string | number];

const columns: Column[] = [
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
  ['late_starts', (_, s) => s.lateStarts],
  ['generator_cpu_percent', (_, s) => s.generator.cpuPercent],
  ['generator_loop_lag_p99_ms', (_, s) => s.generator.eventLoopLagP99Ms],
  // Shaped runs: the stage profile's target and what was achieved (connections in flight or arrivals/s).
  ['shape_target', (_, s) => s.shape?.target ?? ''],
  ['shape_achieved', (_, s) => s.shape?.achieved ?? ''],
  ['engine', (run) => run.engine?.name ?? ''],
  ['engine_is_emulator', (run) => (run.engine ? String(run.engine.emulator) : '')],
];

// The outcome columns go where they always stood, before late_starts.
const LATE_STARTS = columns.findIndex(([name]) => name === 'late_starts');

function cell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The outcome counters any of the runs counted, one column each (empty for runs that count none). */
function outcomeColumns(runs: RunRecord[]): Column[] {
  const names = new Set(runs.flatMap((run) => run.seconds.flatMap((s) => Object.keys(s.outcomes ?? {}))));
  return [...names].map((name) => [counterColumn(name), (_, s) => s.outcomes?.[name] ?? '']);
}

export function runsToCsv(runs: RunRecord[]): string {
  const all = [...columns.slice(0, LATE_STARTS), ...outcomeColumns(runs), ...columns.slice(LATE_STARTS)];
  const lines = [all.map(([name]) => name).join(',')];
  for (const run of runs) {
    for (const second of run.seconds) lines.push(all.map(([, read]) => cell(read(run, second))).join(','));
  }
  return `${lines.join('\n')}\n`;
}
