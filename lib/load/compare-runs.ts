/**
 * Two runs side by side, with the differences said plainly ("3.9x the throughput",
 * "p95 92 ms -> 56 ms"). Used by the page, the CLI and the exported reports. Client-safe.
 */
import { formatCount, formatMs, formatRatio, formatRate, formatSeconds } from '@/lib/load/format';
import type { RunRecord, RunSummary } from '@/lib/load/run-types';

type ComparedRun = Pick<RunRecord, 'id' | 'label' | 'targetId' | 'summary' | 'side'>;

export interface ComparisonRow {
  key: string;
  label: string;
  /** Figures in the row's unit; null when a run has no summary. */
  base: number | null;
  other: number | null;
  baseText: string;
  otherText: string;
  /** other relative to base, oriented so that > 1 means "other is better". */
  advantage: number | null;
  winner: 'base' | 'other' | 'tie' | null;
  /** The change in words, e.g. "3.9x the throughput" or "p95 92 ms -> 56 ms (1.6x faster)". */
  sentence: string;
}

export interface RunComparison {
  base: ComparedRun;
  other: ComparedRun;
  rows: ComparisonRow[];
  /** The headline rows, in order: throughput, p95, total time, failures (+ oversold for orders). */
  headline: ComparisonRow[];
}

/** Within 5 %: "about the same". */
const TIE = 0.05;

type Direction = 'higher' | 'lower';

interface Metric {
  key: string;
  label: string;
  better: Direction;
  read: (summary: RunSummary) => number | null;
  format: (value: number) => string;
  sentence: (base: number, other: number, advantage: number | null) => string;
}

function verdict(advantage: number | null, better: Direction, kind: 'speed' | 'time'): string {
  if (advantage === null) return '';
  if (Math.abs(advantage - 1) <= TIE) return 'about the same';
  if (kind === 'speed') return advantage > 1 ? `${formatRatio(advantage)} faster` : `${formatRatio(1 / advantage)} slower`;
  return better === 'lower' && advantage > 1 ? `${formatRatio(advantage)} shorter` : `${formatRatio(1 / advantage)} longer`;
}

const latency = (key: keyof RunSummary['latency'], label: string): Metric => ({
  key,
  label,
  better: 'lower',
  read: (s) => s.latency[key],
  format: formatMs,
  sentence: (base, other, advantage) => `${label} ${formatMs(base)} -> ${formatMs(other)}${advantage === null ? '' : ` (${verdict(advantage, 'lower', 'speed')})`}`,
});

const count = (key: string, label: string, read: (s: RunSummary) => number | null): Metric => ({
  key,
  label,
  better: 'lower',
  read,
  format: formatCount,
  sentence: (base, other) => `${label} ${formatCount(base)} -> ${formatCount(other)}`,
});

const metrics: Metric[] = [
  {
    key: 'throughput',
    label: 'Requests/s',
    better: 'higher',
    read: (s) => s.requestsPerSecond,
    format: formatRate,
    sentence: (base, other, advantage) => {
      if (advantage === null) return `${formatRate(base)} -> ${formatRate(other)} requests/s`;
      if (Math.abs(advantage - 1) <= TIE) return `about the same throughput (${formatRate(base)} -> ${formatRate(other)} req/s)`;
      return advantage > 1 ? `${formatRatio(advantage)} the throughput` : `${formatRatio(1 / advantage)} less throughput`;
    },
  },
  latency('p50', 'p50'),
  latency('p90', 'p90'),
  latency('p95', 'p95'),
  latency('p99', 'p99'),
  latency('max', 'max'),
  latency('mean', 'mean'),
  {
    key: 'totalTime',
    label: 'Total time',
    better: 'lower',
    read: (s) => s.totalTimeSeconds,
    format: formatSeconds,
    sentence: (base, other, advantage) => `total time ${formatSeconds(base)} -> ${formatSeconds(other)}${advantage === null ? '' : ` (${verdict(advantage, 'lower', 'time')})`}`,
  },
  count('completed', 'Completed requests', (s) => s.completed),
  count('failed', 'Failed requests', (s) => s.failed),
  count('ordered', 'Ordered', (s) => s.outcomes?.ordered ?? null),
  count('outOfStock', 'Out of stock', (s) => s.outcomes?.outOfStock ?? null),
  count('oversold', 'Oversold', (s) => s.outcomes?.oversold ?? null),
];

// Counts where more is not worse (orders placed, completed requests) are not "won".
const neutral = new Set(['completed', 'ordered', 'outOfStock']);

function compareMetric(metric: Metric, base: RunSummary | null, other: RunSummary | null): ComparisonRow | null {
  const a = base ? metric.read(base) : null;
  const b = other ? metric.read(other) : null;
  if ((base && a === null) || (other && b === null)) return null; // not this scenario's metric
  let advantage: number | null = null;
  if (a !== null && b !== null && a > 0 && b > 0) advantage = metric.better === 'higher' ? b / a : a / b;
  let winner: ComparisonRow['winner'] = null;
  if (a !== null && b !== null && !neutral.has(metric.key)) {
    if (advantage !== null) winner = Math.abs(advantage - 1) <= TIE ? 'tie' : advantage > 1 ? 'other' : 'base';
    else if (a === b) winner = 'tie';
    else winner = (metric.better === 'lower' ? b < a : b > a) ? 'other' : 'base';
  }
  return {
    key: metric.key,
    label: metric.label,
    base: a,
    other: b,
    baseText: a === null ? '—' : metric.format(a),
    otherText: b === null ? '—' : metric.format(b),
    advantage,
    winner,
    sentence: a !== null && b !== null ? metric.sentence(a, b, advantage) : '',
  };
}

/** base is the reference (the legacy side of a showdown); ratios say how `other` does against it. */
export function compareRuns(base: ComparedRun, other: ComparedRun): RunComparison {
  const rows = metrics.map((metric) => compareMetric(metric, base.summary, other.summary)).filter((row): row is ComparisonRow => row !== null);
  const pick = (key: string) => rows.find((row) => row.key === key);
  const headline = ['throughput', 'p95', 'totalTime', 'failed', 'oversold'].map(pick).filter((row): row is ComparisonRow => row !== undefined);
  return { base, other, rows, headline };
}
