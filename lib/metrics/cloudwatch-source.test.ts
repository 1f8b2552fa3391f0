import { CloudWatchClient, CloudWatchServiceException, GetMetricDataCommand, type GetMetricDataCommandOutput } from '@aws-sdk/client-cloudwatch';
import { CredentialsProviderError } from '@smithy/core/config';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildGetItemMetricDataInput, readCloudWatchGetItem } from '@/lib/metrics/cloudwatch-source';
import { createCloudWatchMetricsSource } from '@/lib/metrics/metrics-source';
import { readGetItemLatency } from '@/lib/metrics/read-getitem-latency';

const cloudWatch = mockClient(CloudWatchClient);
const client = new CloudWatchClient({ region: 'ap-northeast-2' });
const source = createCloudWatchMetricsSource({ client: () => client, tableName: 'purchase_t', region: 'ap-northeast-2' });
const noRuns = async () => ({ runs: [] });

// 11:51:30 UTC: a 15-minute window runs from 11:36:00 to the end of the open minute, 11:52:00.
const now = Date.UTC(2026, 2, 6, 11, 51, 30);
const minute = (m: number) => new Date(Date.UTC(2026, 2, 6, 11, m));

function expectedQuery(id: string, stat: string) {
  return {
    Id: id,
    Label: `GetItem ${stat}`,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/DynamoDB',
        MetricName: 'SuccessfulRequestLatency',
        Dimensions: [
          { Name: 'TableName', Value: 'purchase_t' },
          { Name: 'Operation', Value: 'GetItem' },
        ],
      },
      Period: 60,
      Stat: stat,
    },
  };
}

const expectedQueries = [expectedQuery('average', 'Average'), expectedQuery('maximum', 'Maximum'), expectedQuery('samples', 'SampleCount')];

/**
 * A two-page answer as CloudWatch gives it with ScanBy=TimestampAscending: the first page cut
 * at MaxDatapoints (PartialData, NextToken), the rest of every query on the second.
 */
const firstPage: GetMetricDataCommandOutput = {
  $metadata: { httpStatusCode: 200, requestId: 'req-1' },
  MetricDataResults: [
    { Id: 'average', Label: 'GetItem Average', Timestamps: [minute(44), minute(45), minute(46)], Values: [6.42, 3.18, 2.27], StatusCode: 'PartialData' },
    { Id: 'maximum', Label: 'GetItem Maximum', Timestamps: [minute(44), minute(45), minute(46)], Values: [48.1, 21.7, 12.9], StatusCode: 'PartialData' },
    { Id: 'samples', Label: 'GetItem SampleCount', Timestamps: [minute(44), minute(45)], Values: [2913, 5874], StatusCode: 'PartialData' },
  ],
  NextToken: 'eyJwYWdlIjoyfQ==',
  Messages: [],
};
const secondPage: GetMetricDataCommandOutput = {
  $metadata: { httpStatusCode: 200, requestId: 'req-2' },
  MetricDataResults: [
    { Id: 'average', Label: 'GetItem Average', Timestamps: [minute(47), minute(48)], Values: [2.04, 1.96], StatusCode: 'Complete' },
    { Id: 'maximum', Label: 'GetItem Maximum', Timestamps: [minute(47), minute(48)], Values: [9.6, 8.3], StatusCode: 'Complete' },
    { Id: 'samples', Label: 'GetItem SampleCount', Timestamps: [minute(46), minute(47), minute(48)], Values: [6011, 5990, 6102], StatusCode: 'Complete' },
  ],
  Messages: [],
};

beforeEach(() => cloudWatch.reset());
afterAll(() => cloudWatch.restore());

describe('CloudWatch GetItem latency', () => {
  it('asks GetMetricData for Average, Maximum and SampleCount of GetItem on the lookup table, per minute, over the window', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves(secondPage);
    await readGetItemLatency({ window: 15, resolution: 'minute' }, { source, readRuns: noRuns, now });

    const calls = cloudWatch.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args[0].input).toEqual({
      MetricDataQueries: expectedQueries,
      StartTime: minute(36),
      EndTime: minute(52),
      ScanBy: 'TimestampAscending',
    });
  });

  it.each([
    [60, minute(-9), minute(52)],
    [180, minute(-129), minute(52)],
  ] as const)('covers %i minutes', async (window, start, end) => {
    cloudWatch.on(GetMetricDataCommand).resolves(secondPage);
    await readGetItemLatency({ window, resolution: 'minute' }, { source, readRuns: noRuns, now });
    const input = cloudWatch.commandCalls(GetMetricDataCommand)[0]!.args[0].input;
    expect(input.StartTime).toEqual(start);
    expect(input.EndTime).toEqual(end);
    expect(input.MetricDataQueries).toEqual(expectedQueries);
  });

  it('follows NextToken and joins the pages into one point per minute', async () => {
    cloudWatch.on(GetMetricDataCommand).resolvesOnce(firstPage).resolvesOnce(secondPage);
    const report = await readGetItemLatency({ window: 15, resolution: 'minute' }, { source, readRuns: noRuns, now });

    const calls = cloudWatch.commandCalls(GetMetricDataCommand);
    expect(calls).toHaveLength(2);
    expect(calls[0]!.args[0].input.NextToken).toBeUndefined();
    expect(calls[1]!.args[0].input).toEqual({ ...buildGetItemMetricDataInput('purchase_t', minute(36).getTime(), minute(52).getTime()), NextToken: 'eyJwYWdlIjoyfQ==' });

    expect(report.mode).toBe('cloudwatch');
    expect(report.refreshSeconds).toBe(60);
    expect(report.getItem).toMatchObject({ source: 'cloudwatch', periodSeconds: 60 });
    expect(report.getItem.label).toContain('CloudWatch AWS/DynamoDB SuccessfulRequestLatency');
    expect(report.getItem.message).toBeUndefined();
    expect(report.getItem.points).toEqual([
      { t: minute(44).getTime(), average: 6.42, maximum: 48.1, sampleCount: 2913 },
      { t: minute(45).getTime(), average: 3.18, maximum: 21.7, sampleCount: 5874 },
      { t: minute(46).getTime(), average: 2.27, maximum: 12.9, sampleCount: 6011 },
      { t: minute(47).getTime(), average: 2.04, maximum: 9.6, sampleCount: 5990 },
      { t: minute(48).getTime(), average: 1.96, maximum: 8.3, sampleCount: 6102 },
    ]);
  });

  it('says there is no data yet instead of returning a bare empty series', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({
      $metadata: {},
      MetricDataResults: ['average', 'maximum', 'samples'].map((Id) => ({ Id, Timestamps: [], Values: [], StatusCode: 'Complete' as const })),
    });
    const series = await readCloudWatchGetItem({ client, tableName: 'purchase_t', region: 'ap-northeast-2', from: minute(36).getTime(), to: minute(52).getTime(), windowMinutes: 15 });
    expect(series.points).toEqual([]);
    expect(series.message?.reason).toBe('no_data');
    expect(series.message?.text).toMatch(/no GetItem latency for table purchase_t in ap-northeast-2 over the last 15 minutes/);
  });

  it('explains missing credentials (the default chain found none)', async () => {
    cloudWatch.on(GetMetricDataCommand).rejects(new CredentialsProviderError('Could not load credentials from any providers', { tryNextLink: false }));
    const report = await readGetItemLatency({ window: 60, resolution: 'minute' }, { source, readRuns: noRuns, now });
    expect(report.getItem.points).toEqual([]);
    expect(report.getItem.message?.reason).toBe('no_credentials');
    expect(report.getItem.message?.text).toMatch(/No AWS credentials .* CLOUDWATCH_ENABLED=false/);
  });

  it('explains access denied, naming the missing permission', async () => {
    const denied = new CloudWatchServiceException({
      name: 'AccessDenied',
      $fault: 'client',
      $metadata: { httpStatusCode: 403 },
      message:
        'User: arn:aws:iam::123456789012:user/demo is not authorized to perform: cloudwatch:GetMetricData because no identity-based policy allows the cloudwatch:GetMetricData action',
    });
    cloudWatch.on(GetMetricDataCommand).rejects(denied);
    const report = await readGetItemLatency({ window: 15, resolution: 'minute' }, { source, readRuns: noRuns, now });
    expect(report.getItem.message?.reason).toBe('access_denied');
    expect(report.getItem.message?.text).toContain('cloudwatch:GetMetricData');
  });

  it('tells rejected credentials apart from missing ones', async () => {
    cloudWatch.on(GetMetricDataCommand).rejects(
      new CloudWatchServiceException({ name: 'ExpiredToken', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'The security token included in the request is expired' }),
    );
    const report = await readGetItemLatency({ window: 15, resolution: 'minute' }, { source, readRuns: noRuns, now });
    expect(report.getItem.message?.reason).toBe('credentials_rejected');
  });

  it('reports a Forbidden result status as access denied', async () => {
    cloudWatch.on(GetMetricDataCommand).resolves({
      $metadata: {},
      MetricDataResults: ['average', 'maximum', 'samples'].map((Id) => ({
        Id,
        Timestamps: [],
        Values: [],
        StatusCode: 'Forbidden' as const,
        Messages: [{ Code: 'Forbidden', Value: 'Insufficient permissions to read AWS/DynamoDB' }],
      })),
    });
    const report = await readGetItemLatency({ window: 15, resolution: 'minute' }, { source, readRuns: noRuns, now });
    expect(report.getItem.message?.reason).toBe('access_denied');
    expect(report.getItem.message?.text).toContain('Insufficient permissions');
  });

  it('serves the per-second live view from the app timings, labelled as such, without calling CloudWatch', async () => {
    const report = await readGetItemLatency({ window: 15, resolution: 'second' }, { source, readRuns: noRuns, now });
    expect(cloudWatch.commandCalls(GetMetricDataCommand)).toHaveLength(0);
    expect(report.getItem.source).toBe('app');
    expect(report.getItem.periodSeconds).toBe(1);
    expect(report.getItem.label).toMatch(/Measured by the app .*CloudWatch reports per minute only/);
    expect(report.refreshSeconds).toBe(1);
  });
});
