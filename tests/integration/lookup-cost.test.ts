import { GetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Client } from 'pg';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as costRoute } from '@/app/api/lookup/cost/route';
import { getConfig } from '@/lib/config';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import type { LookupCost } from '@/lib/scenarios/purchase-lookup/cost/lookup-request-cost';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';

/**
 * The cost panel against the real engines: its read units are what DynamoDB reports for the same
 * GetItems (asked again here with a client of the test's own), and its buffer counts are those of
 * the real plan (EXPLAIN run again here on a connection of the test's own, read without the app's parser).
 */

const PURCHASES = 800;
let pg: Client;
let dynamo: DynamoDBClient;

beforeAll(async () => {
  await generatePurchaseData({ purchases: PURCHASES, seed: 5 });
  await buildStagingTable();
  expect((await migratePurchases({ mode: 'restart' })).validation?.passed).toBe(true);
  const config = getConfig();
  pg = new Client({ connectionString: config.DATABASE_URL });
  await pg.connect();
  dynamo = new DynamoDBClient({ region: config.AWS_REGION, endpoint: config.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});

afterAll(async () => {
  await pg?.end();
  dynamo?.destroy();
});

async function panel(sample: number): Promise<{ status: number; body: LookupCost }> {
  const response = await costRoute(new NextRequest(`http://127.0.0.1/api/lookup/cost?sample=${sample}`));
  return { status: response.status, body: (await response.json()) as LookupCost };
}

/** Sums a plan's nodes' own figures by walking the raw JSON (the app reads the top node's totals). */
function rawTotals(node: Record<string, unknown>): { hit: number; read: number } {
  return { hit: Number(node['Shared Hit Blocks'] ?? 0), read: Number(node['Shared Read Blocks'] ?? 0) };
}

function nodeTypes(node: Record<string, unknown>): string[] {
  return [String(node['Node Type']), ...((node.Plans as Array<Record<string, unknown>> | undefined) ?? []).flatMap(nodeTypes)];
}

function indexLoops(node: Record<string, unknown>): number {
  const own = /^(Index Scan|Index Only Scan|Bitmap Index Scan)$/.test(String(node['Node Type'])) ? Number(node['Actual Loops']) : 0;
  return own + ((node.Plans as Array<Record<string, unknown>> | undefined) ?? []).reduce((sum, child) => sum + indexLoops(child), 0);
}

describe('the cost of one lookup', () => {
  it("reports DynamoDB's own read units for the same GetItems, item sizes and one partition each", async () => {
    const { status, body } = await panel(25);
    expect(status).toBe(200);
    expect(body.sampled).toBe(25);
    const reported: number[] = [];
    for (const sample of body.dynamodb.samples) {
      const again = await dynamo.send(
        new GetItemCommand({ TableName: getConfig().LOOKUP_TABLE, Key: { customer_id: { S: sample.key.customerId }, purchase_id: { S: sample.key.purchaseId } }, ReturnConsumedCapacity: 'TOTAL' }),
      );
      expect(again.Item).toBeDefined();
      reported.push(again.ConsumedCapacity!.CapacityUnits!);
      expect(sample.readUnits).toBe(again.ConsumedCapacity!.CapacityUnits);
      expect(sample.partitions).toBe(1);
      // The item is a few hundred bytes (Korean text is 3 bytes a character), and its HTTP answer is larger than the item.
      expect(sample.itemBytes).toBeGreaterThan(150);
      expect(sample.itemBytes).toBeLessThan(4096);
      expect(sample.responseBytes).toBeGreaterThan(sample.itemBytes);
    }
    const meanUnits = reported.reduce((a, b) => a + b, 0) / reported.length;
    expect(body.dynamodb.perLookup.readUnits).toBeCloseTo(meanUnits, 3);
    expect(body.dynamodb.costPerMillionUsd).toBeCloseTo(meanUnits * getConfig().DYNAMODB_READ_PRICE_PER_MILLION_USD, 4);
    expect(body.dynamodb.price).toMatchObject({ readPerMillionUsd: 0.125, asOf: '2024-11-01' });
    expect(body.dynamodb.engine?.emulator).toBe(true);
    expect(body.dynamodb.engine?.name).toMatch(/dynalite/);
  });

  it("takes the join's buffer counts, index probes and rows from the real plan of the same statement", async () => {
    const { body } = await panel(10);
    const relational = body.relational;
    if (!relational.available) throw new Error('the PostgreSQL side must be measured');
    expect(relational.engine?.name).toMatch(/^PostgreSQL \d+/);
    for (const sample of relational.samples) {
      const explain = () => pg.query<{ 'QUERY PLAN': Array<{ Plan: Record<string, unknown> }> }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${relational.statement}`, [Number(sample.key.customerId), Number(sample.key.purchaseId)]);
      await explain(); // as the panel does: the second execution is the steady one
      const plan = (await explain()).rows[0]!['QUERY PLAN'][0]!.Plan;
      // The same statement on another connection, planned the same way, touches the same pages.
      expect(sample.steps.map((step) => step.nodeType)).toEqual(nodeTypes(plan));
      expect(sample.sharedHitBlocks + sample.sharedReadBlocks).toBe(rawTotals(plan).hit + rawTotals(plan).read);
      expect(sample.sharedHitBlocks).toBeGreaterThan(0);
      expect(sample.rowsReturned).toBe(Number(plan['Actual Rows']));
      expect(sample.indexProbes).toBe(indexLoops(plan));
      const lines = await pg.query('SELECT count(*)::int AS n FROM purchase WHERE customerid = $1 AND purchaseid = $2', [Number(sample.key.customerId), Number(sample.key.purchaseId)]);
      expect(sample.rowsReturned).toBe(lines.rows[0].n);
      // Four tables joined; what came back over the socket is at least the rows' text.
      expect(sample.tables).toEqual(['customer', 'product', 'purchase', 'seller']);
      expect(sample.joins).toBe(3);
      expect(sample.responseBytes).toBeGreaterThan(100);
    }
    expect(relational.plan?.Plan['Node Type']).toBeTruthy();
  });

  it('answers bad input with 400 JSON', async () => {
    for (const sample of ['0', '201', 'many']) {
      const response = await costRoute(new NextRequest(`http://127.0.0.1/api/lookup/cost?sample=${sample}`));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/sample/);
    }
  });
});
