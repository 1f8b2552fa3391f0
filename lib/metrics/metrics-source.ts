import 'server-only';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { AppConfig } from '@/lib/config';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/db/process-singleton';
import { readAppGetItem } from '@/lib/metrics/app-timings-source';
import { getCloudWatch } from '@/lib/metrics/cloudwatch-client';
import { readCloudWatchGetItem } from '@/lib/metrics/cloudwatch-source';
import type { GetItemLatencySeries, LatencyResolution } from '@/lib/metrics/latency-series';

interface LatencyRange {
  from: number;
  to: number;
  resolution: LatencyResolution;
  windowMinutes: number;
}

/** Where the DynamoDB-side GetItem latency comes from; both sources answer in the same series shape. */
export interface GetItemMetricsSource {
  readonly mode: 'cloudwatch' | 'emulator';
  readonly tableName: string;
  /** How often a panel should ask again for a per-minute view. */
  readonly minuteRefreshSeconds: number;
  read(range: LatencyRange): Promise<GetItemLatencySeries>;
}

export function createCloudWatchMetricsSource(options: { client: () => CloudWatchClient; tableName: string; region: string }): GetItemMetricsSource {
  return {
    mode: 'cloudwatch',
    tableName: options.tableName,
    // DynamoDB publishes one point a minute; asking more often only costs GetMetricData calls.
    minuteRefreshSeconds: 60,
    async read(range) {
      // CloudWatch has no per-second DynamoDB latency: the live view is the app's own timing, and says so.
      if (range.resolution === 'second') return readAppGetItem({ ...range, against: 'aws' });
      return readCloudWatchGetItem({ client: options.client(), tableName: options.tableName, region: options.region, from: range.from, to: range.to, windowMinutes: range.windowMinutes });
    },
  };
}

function createAppMetricsSource(options: { tableName: string }): GetItemMetricsSource {
  return {
    mode: 'emulator',
    tableName: options.tableName,
    // In-process and cheap: the open minute visibly fills during a run.
    minuteRefreshSeconds: 5,
    async read(range) {
      return readAppGetItem({ ...range, against: 'emulator' });
    },
  };
}

export function createMetricsSource(config: Pick<AppConfig, 'CLOUDWATCH_ENABLED' | 'LOOKUP_TABLE' | 'AWS_REGION'>): GetItemMetricsSource {
  return config.CLOUDWATCH_ENABLED
    ? createCloudWatchMetricsSource({ client: getCloudWatch, tableName: config.LOOKUP_TABLE, region: config.AWS_REGION })
    : createAppMetricsSource({ tableName: config.LOOKUP_TABLE });
}

/** Chosen once per process from CLOUDWATCH_ENABLED. */
export function getMetricsSource(): GetItemMetricsSource {
  return processSingleton('getitem-metrics-source', () => createMetricsSource(getConfig()));
}
