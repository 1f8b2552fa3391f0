/** A sweep as CSV: one row per point (side and level); the header names every unit. Client-safe. */
import type { SweepPoint, SweepRecord } from '@/lib/load/sweeps/sweep-types';

type Column = [string, (sweep: SweepRecord, point: SweepPoint) => string | number | boolean | null | undefined];

const columns: Column[] = [
  ['sweep_id', (sweep) => sweep.id],
  ['kind', (sweep) => sweep.kind],
  ['side', (_, p) => p.side],
  ['target', (_, p) => p.targetId],
  ['engine', (sweep, p) => sweep.engines?.[p.side]?.name ?? ''],
  ['engine_is_emulator', (sweep, p) => sweep.engines?.[p.side]?.emulator],
  ['level', (_, p) => p.level],
  ['level_unit', (sweep) => (sweep.kind === 'concurrency' ? 'connections' : 'purchases')],
  ['status', (_, p) => p.status],
  ['seconds', (_, p) => p.summary?.totalTimeSeconds],
  ['completed', (_, p) => p.summary?.completed],
  ['requests_per_s', (_, p) => p.summary?.requestsPerSecond],
  ['p50_ms', (_, p) => p.summary?.latency.p50],
  ['p90_ms', (_, p) => p.summary?.latency.p90],
  ['p95_ms', (_, p) => p.summary?.latency.p95],
  ['p99_ms', (_, p) => p.summary?.latency.p99],
  ['max_ms', (_, p) => p.summary?.latency.max],
  ['failed', (_, p) => p.summary?.failed],
  ['timeouts', (_, p) => p.summary?.errors.timeout],
  ['ordered', (_, p) => p.summary?.outcomes?.ordered],
  ['out_of_stock', (_, p) => p.summary?.outcomes?.outOfStock],
  ['oversold', (_, p) => p.summary?.outcomes?.oversold],
  ['books_balanced', (_, p) => p.audit?.balanced],
  ['thresholds_passed', (_, p) => p.thresholds?.passed],
  ['knee', (sweep, p) => sweep.knees[p.side]?.level === p.level],
  ['generator_peak_cpu_percent', (_, p) => p.summary?.generator.peakCpuPercent],
];

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function sweepToCsv(sweep: SweepRecord): string {
  const lines = [columns.map(([name]) => name).join(',')];
  for (const point of sweep.points) lines.push(columns.map(([, read]) => cell(read(sweep, point))).join(','));
  return `${lines.join('\n')}\n`;
}
