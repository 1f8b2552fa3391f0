import 'server-only';
import { aggregateEndToEndP95, isModernLookupRun, isRelationalLookupRun, type LookupRunLike } from '@/lib/metrics/end-to-end-p95';
import { latencyRange, type LatencyQuery } from '@/lib/metrics/latency-query';
import type { EndToEndSeries, GetItemLatencyReport } from '@/lib/metrics/latency-series';
import { getMetricsSource, type GetItemMetricsSource } from '@/lib/metrics/metrics-source';
import { readLookupRuns, type LookupRunsRead } from '@/lib/metrics/read-lookup-runs';

export interface ReadGetItemLatencyDependencies {
  source?: GetItemMetricsSource;
  readRuns?: () => Promise<LookupRunsRead>;
  now?: number;
}

function endToEndSeries(
  side: EndToEndSeries['side'],
  runs: LookupRunLike[],
  range: { from: number; to: number; periodMs: number },
  storeNote: string | undefined,
): EndToEndSeries {
  const what = side === 'modern' ? 'DynamoDB lookup runs' : 'relational lookup runs';
  const how = range.periodMs === 1000 ? 'per second' : 'per minute: request-weighted mean of the per-second p95s';
  const points = aggregateEndToEndP95(runs.filter(side === 'modern' ? isModernLookupRun : isRelationalLookupRun), range);
  const series: EndToEndSeries = { side, label: `End-to-end p95, ${what} (${how})`, periodSeconds: range.periodMs / 1000, points };
  if (points.length === 0) series.note = storeNote ?? `No ${what} in this window: start one on the Load runs page to overlay its end-to-end p95.`;
  return series;
}

/** What GET /api/metrics/getitem answers: DynamoDB-side GetItem latency and end-to-end lookup p95 on one time axis. */
export async function readGetItemLatency(query: LatencyQuery, dependencies: ReadGetItemLatencyDependencies = {}): Promise<GetItemLatencyReport> {
  const source = dependencies.source ?? getMetricsSource();
  const now = dependencies.now ?? Date.now();
  const range = latencyRange(query, now);
  const [getItem, runsRead] = await Promise.all([
    source.read({ from: range.from, to: range.to, resolution: query.resolution, windowMinutes: query.window }),
    (dependencies.readRuns ?? readLookupRuns)(),
  ]);
  return {
    mode: source.mode,
    tableName: source.tableName,
    window: query.window,
    resolution: query.resolution,
    from: range.from,
    to: range.to,
    generatedAt: now,
    refreshSeconds: query.resolution === 'second' ? 1 : source.minuteRefreshSeconds,
    getItem,
    endToEnd: endToEndSeries('modern', runsRead.runs, range, runsRead.note),
    endToEndRelational: endToEndSeries('legacy', runsRead.runs, range, runsRead.note),
  };
}
