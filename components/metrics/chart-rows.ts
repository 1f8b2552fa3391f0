import type { GetItemLatencyReport } from '@/lib/metrics/latency-series';

/** One time slot of the chart: null where a series has no sample, so the line breaks instead of bridging a gap. */
export interface ChartRow {
  t: number;
  average: number | null;
  maximum: number | null;
  sampleCount: number | null;
  endToEnd: number | null;
  endToEndRequests: number | null;
  relational: number | null;
  relationalRequests: number | null;
}

const emptyRow = (t: number): ChartRow => ({
  t,
  average: null,
  maximum: null,
  sampleCount: null,
  endToEnd: null,
  endToEndRequests: null,
  relational: null,
  relationalRequests: null,
});

/** Every period of the window as a row, the three series joined on the period start. */
export function buildChartRows(report: GetItemLatencyReport): ChartRow[] {
  const periodMs = report.getItem.periodSeconds * 1000;
  const rows = new Map<number, ChartRow>();
  for (let t = report.from; t < report.to; t += periodMs) rows.set(t, emptyRow(t));
  const row = (t: number) => {
    const existing = rows.get(t);
    if (existing) return existing;
    const created = emptyRow(t);
    rows.set(t, created);
    return created;
  };
  for (const p of report.getItem.points) Object.assign(row(p.t), { average: p.average, maximum: p.maximum, sampleCount: p.sampleCount });
  for (const p of report.endToEnd.points) Object.assign(row(p.t), { endToEnd: p.p95, endToEndRequests: p.requests });
  for (const p of report.endToEndRelational.points) Object.assign(row(p.t), { relational: p.p95, relationalRequests: p.requests });
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

export interface LatencySummary {
  /** Sample-weighted mean of the GetItem averages in the window, ms. */
  getItemAverage: number | null;
  getItemMaximum: number | null;
  getItemSamples: number;
  /** Request-weighted mean of the end-to-end p95 points in the window, ms. */
  endToEndP95: number | null;
  relationalP95: number | null;
}

function weightedMean(values: Array<{ value: number; weight: number }>): number | null {
  const weight = values.reduce((sum, v) => sum + v.weight, 0);
  return weight > 0 ? values.reduce((sum, v) => sum + v.value * v.weight, 0) / weight : null;
}

export function summarize(report: GetItemLatencyReport): LatencySummary {
  const getItem = report.getItem.points;
  return {
    getItemAverage: weightedMean(getItem.map((p) => ({ value: p.average, weight: p.sampleCount }))),
    getItemMaximum: getItem.length > 0 ? Math.max(...getItem.map((p) => p.maximum)) : null,
    getItemSamples: getItem.reduce((sum, p) => sum + p.sampleCount, 0),
    endToEndP95: weightedMean(report.endToEnd.points.map((p) => ({ value: p.p95, weight: p.requests }))),
    relationalP95: weightedMean(report.endToEndRelational.points.map((p) => ({ value: p.p95, weight: p.requests }))),
  };
}

/** Milliseconds at a precision a presenter can read: 1.96 ms, 12.4 ms, 231 ms (numbers in the given locale). */
export function formatMs(value: number | null, locale = 'en'): string {
  if (value === null) return '–';
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)} ms`;
}

const tickSteps = [10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000];

/** Round clock times for the time axis (every 10 s … every hour), at most `maxTicks` of them. */
export function timeTicks(from: number, to: number, maxTicks = 12): number[] {
  const step = tickSteps.find((candidate) => (to - from) / candidate <= maxTicks) ?? tickSteps.at(-1)!;
  const ticks: number[] = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}
