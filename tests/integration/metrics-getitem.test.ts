import { CreateTableCommand, DeleteTableCommand, PutItemCommand, waitUntilTableExists } from '@aws-sdk/client-dynamodb';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/metrics/getitem/route';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { purchaseTableDefinition } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import type { GetItemLatencyReport } from '@/lib/metrics/latency-series';
import { readGetItemLatency } from '@/lib/metrics/read-getitem-latency';
import { timedGetItem } from '@/lib/metrics/timed-get-item';

// Its own table, so this file never depends on (or disturbs) the lookup data of other suites.
const table = `metrics_getitem_${Date.now()}`;
const customers = 20;

/**
 * The GetItems under test: real, timed GetItems against dynalite, spread over several seconds.
 * Once the lookup endpoints are merged this can call the DynamoDB lookup instead (it records
 * each GetItem the same way); the assertions below hold for any path that records every GetItem.
 */
async function performGetItems(batches: number, perBatch: number): Promise<number> {
  let performed = 0;
  for (let batch = 0; batch < batches; batch += 1) {
    if (batch > 0) await new Promise((resolve) => setTimeout(resolve, 1_100));
    await Promise.all(
      Array.from({ length: perBatch }, async (_, i) => {
        const customer = (batch * perBatch + i) % customers;
        const output = await timedGetItem({ TableName: table, Key: { customer_id: { S: `C${customer}` }, purchase_id: { S: `P${customer}` } } });
        expect(output.Item?.customer_id?.S).toBe(`C${customer}`);
        performed += 1;
      }),
    );
  }
  return performed;
}

const sampleTotal = (report: GetItemLatencyReport) => report.getItem.points.reduce((sum, p) => sum + p.sampleCount, 0);

async function getRoute(query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await GET(new NextRequest(`http://127.0.0.1/api/metrics/getitem${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  const dynamo = getDynamoDb();
  await dynamo.send(
    new CreateTableCommand(purchaseTableDefinition(table)),
  );
  await waitUntilTableExists({ client: dynamo, maxWaitTime: 30 }, { TableName: table });
  for (let c = 0; c < customers; c += 1) {
    await dynamo.send(
      new PutItemCommand({
        TableName: table,
        Item: {
          customer_id: { S: `C${c}` },
          purchase_id: { S: `P${c}` },
          purchase_details: { M: { product_name: { S: `Product ${c}` }, seller_name: { S: 'Seller' }, quantity: { S: '1' } } },
        },
      }),
    );
  }
});

afterAll(async () => {
  await getDynamoDb().send(new DeleteTableCommand({ TableName: table }));
});

describe('GetItem latency on the emulator', () => {
  it('after real GetItems, the per-second and per-minute series add up to the GetItems performed', async () => {
    const before = await readGetItemLatency({ window: 15, resolution: 'second' });
    const performed = await performGetItems(3, 20);
    const perSecond = await readGetItemLatency({ window: 15, resolution: 'second' });
    const perMinute = await readGetItemLatency({ window: 15, resolution: 'minute' });

    expect(performed).toBe(60);
    expect(sampleTotal(perSecond) - sampleTotal(before)).toBe(performed);
    expect(sampleTotal(perMinute) - sampleTotal(before)).toBe(performed);

    for (const [report, periodMs] of [
      [perSecond, 1_000],
      [perMinute, 60_000],
    ] as const) {
      expect(report.mode).toBe('emulator');
      expect(report.getItem.source).toBe('app');
      expect(report.getItem.label).toBe('Measured by the app around each GetItem (emulator; not CloudWatch)');
      expect(report.getItem.periodSeconds * 1000).toBe(periodMs);
      expect(report.getItem.message).toBeUndefined();
      for (const point of report.getItem.points) {
        expect(point.t % periodMs).toBe(0);
        expect(point.t).toBeGreaterThanOrEqual(report.from);
        expect(point.t).toBeLessThan(report.to);
        expect(point.average).toBeGreaterThan(0);
        expect(point.maximum).toBeGreaterThanOrEqual(point.average);
      }
    }
    // Batches 1.1 s apart land in at least three different seconds.
    expect(perSecond.getItem.points.length - before.getItem.points.length).toBeGreaterThanOrEqual(3);
    expect(perSecond.refreshSeconds).toBe(1);

    // Minutes are folded from the same seconds: the same mean latency, weighted by samples.
    const mean = (r: GetItemLatencyReport) => r.getItem.points.reduce((s, p) => s + p.average * p.sampleCount, 0) / sampleTotal(r);
    expect(mean(perMinute)).toBeCloseTo(mean(perSecond), 6);
  });

  it('does not count a GetItem that failed (as CloudWatch counts only successful requests)', async () => {
    const before = sampleTotal(await readGetItemLatency({ window: 15, resolution: 'second' }));
    await expect(timedGetItem({ TableName: `${table}_missing`, Key: { customer_id: { S: 'C1' }, purchase_id: { S: 'P1' } } })).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
    });
    expect(sampleTotal(await readGetItemLatency({ window: 15, resolution: 'second' }))).toBe(before);
  });

  it('serves the series over GET /api/metrics/getitem, with the overlay and its shape', async () => {
    const { status, body } = await getRoute('?window=60&resolution=minute');
    expect(status).toBe(200);
    const report = body as unknown as GetItemLatencyReport;
    expect(report).toMatchObject({ mode: 'emulator', window: 60, resolution: 'minute', refreshSeconds: 5, tableName: 'purchase_t' });
    expect(report.to - report.from).toBe(61 * 60_000);
    expect(sampleTotal(report)).toBeGreaterThanOrEqual(60);
    expect(report.endToEnd).toMatchObject({ side: 'modern', periodSeconds: 60 });
    expect(Array.isArray(report.endToEnd.points)).toBe(true);
    expect(report.endToEndRelational).toMatchObject({ side: 'legacy', periodSeconds: 60 });
  });

  it.each([
    ['?window=30', /window/],
    ['?window=15&resolution=hour', /resolution/],
    ['?window=180&resolution=second', /per-second view covers the last 15 minutes/],
  ])('answers %s with 400 JSON', async (query, message) => {
    const { status, body } = await getRoute(query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'bad_request', message: expect.stringMatching(message) });
  });
});
