import 'server-only';
import {
  GetMetricDataCommand,
  type CloudWatchClient,
  type GetMetricDataCommandInput,
  type MetricDataQuery,
  type MetricDataResult,
} from '@aws-sdk/client-cloudwatch';
import { classifyCloudWatchError } from '@/lib/metrics/classify-cloudwatch-error';
import type { GetItemLatencySeries, LatencyPoint } from '@/lib/metrics/latency-series';

const GETITEM_METRIC = {
  namespace: 'AWS/DynamoDB',
  metricName: 'SuccessfulRequestLatency',
  operation: 'GetItem',
  periodSeconds: 60,
} as const;

/** The query ids double as the statistic each one asks for. */
const statistics = [
  { id: 'average', stat: 'Average' },
  { id: 'maximum', stat: 'Maximum' },
  { id: 'samples', stat: 'SampleCount' },
] as const;

// A full 180-minute window is 3 × 181 points, one page; the cap only stops a token loop.
const MAX_PAGES = 20;

function cloudWatchLabel(tableName: string): string {
  return `CloudWatch ${GETITEM_METRIC.namespace} ${GETITEM_METRIC.metricName} · GetItem on ${tableName} (60 s periods)`;
}

/** One GetMetricData request: Average, Maximum and SampleCount of GetItem latency on the table, per minute. */
export function buildGetItemMetricDataInput(tableName: string, from: number, to: number, nextToken?: string): GetMetricDataCommandInput {
  const metricDataQueries: MetricDataQuery[] = statistics.map(({ id, stat }) => ({
    Id: id,
    Label: `GetItem ${stat}`,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: GETITEM_METRIC.namespace,
        MetricName: GETITEM_METRIC.metricName,
        Dimensions: [
          { Name: 'TableName', Value: tableName },
          { Name: 'Operation', Value: GETITEM_METRIC.operation },
        ],
      },
      Period: GETITEM_METRIC.periodSeconds,
      Stat: stat,
    },
  }));
  return {
    MetricDataQueries: metricDataQueries,
    StartTime: new Date(from),
    EndTime: new Date(to),
    ScanBy: 'TimestampAscending',
    ...(nextToken ? { NextToken: nextToken } : {}),
  };
}

/** Joins the three statistics' results (possibly spread over pages) into one point per timestamp. */
function mergeMetricDataResults(results: MetricDataResult[]): LatencyPoint[] {
  const byTime = new Map<number, Partial<Record<(typeof statistics)[number]['id'], number>>>();
  for (const result of results) {
    const id = statistics.find((s) => s.id === result.Id)?.id;
    if (!id) continue;
    const timestamps = result.Timestamps ?? [];
    const values = result.Values ?? [];
    timestamps.forEach((timestamp, index) => {
      const value = values[index];
      if (value === undefined) return;
      const t = new Date(timestamp).getTime();
      const row = byTime.get(t) ?? {};
      row[id] = value;
      byTime.set(t, row);
    });
  }
  const points: LatencyPoint[] = [];
  for (const [t, row] of byTime) {
    // A minute without SampleCount or Average carries no latency to draw.
    if (row.average === undefined || !row.samples) continue;
    points.push({ t, average: row.average, maximum: row.maximum ?? row.average, sampleCount: row.samples });
  }
  return points.sort((a, b) => a.t - b.t);
}

export interface CloudWatchReadOptions {
  client: CloudWatchClient;
  tableName: string;
  region: string;
  from: number;
  to: number;
  windowMinutes: number;
}

/** Reads every page of GetMetricData for the window; failures and empty windows come back as a message. */
export async function readCloudWatchGetItem({ client, tableName, region, from, to, windowMinutes }: CloudWatchReadOptions): Promise<GetItemLatencySeries> {
  const series: GetItemLatencySeries = {
    source: 'cloudwatch',
    label: cloudWatchLabel(tableName),
    periodSeconds: GETITEM_METRIC.periodSeconds,
    points: [],
  };
  const results: MetricDataResult[] = [];
  try {
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(new GetMetricDataCommand(buildGetItemMetricDataInput(tableName, from, to, nextToken)));
      results.push(...(page.MetricDataResults ?? []));
      nextToken = page.NextToken;
      pages += 1;
    } while (nextToken && pages < MAX_PAGES);
  } catch (error) {
    return { ...series, message: classifyCloudWatchError(error, region) };
  }

  series.points = mergeMetricDataResults(results);
  const forbidden = results.find((r) => r.StatusCode === 'Forbidden');
  const failed = results.find((r) => r.StatusCode === 'InternalError');
  if (forbidden) {
    const detail = forbidden.Messages?.map((m) => m.Value).join('; ') || 'Forbidden';
    return { ...series, message: { reason: 'access_denied', text: `CloudWatch refused part of the query (${detail}). Check the cloudwatch:GetMetricData permission.` } };
  }
  if (failed) {
    const detail = failed.Messages?.map((m) => m.Value).join('; ') || 'InternalError';
    return { ...series, message: { reason: 'unavailable', text: `CloudWatch returned an internal error for part of the query (${detail}); showing what came back.` } };
  }
  if (series.points.length === 0) {
    series.message = {
      reason: 'no_data',
      text:
        `CloudWatch has no GetItem latency for table ${tableName} in ${region} over the last ${windowMinutes} minutes yet. ` +
        `DynamoDB publishes one point per minute, usually a minute or two after the requests; run a purchase lookup load against DynamoDB.`,
    };
  }
  return series;
}
