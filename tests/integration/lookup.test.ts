import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@/lib/config';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { lookupLeanRoutes } from '@/lib/scenarios/purchase-lookup/lean-routes';
import { listCustomerPurchases } from '@/lib/scenarios/purchase-lookup/lookup-purchase';
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import { purchaseDetailNames, type Purchase } from '@/lib/scenarios/purchase-lookup/purchase';
import { samplePurchaseKeys } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';
import { readGetItemSeconds } from '@/lib/metrics/getitem-timings';

const PURCHASES = 3_000;
let server: Server;
let base: string;

async function get(path: string): Promise<{ status: number; body: unknown; text: string; type: string | null }> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as unknown, text, type: response.headers.get('content-type') };
}

beforeAll(async () => {
  await generatePurchaseData({ purchases: PURCHASES, seed: 11 });
  await buildStagingTable();
  const migration = await migratePurchases({ mode: 'restart' });
  expect(migration.validation?.passed).toBe(true);
  server = createServer((req, res) => {
    if (!createLeanHandler(lookupLeanRoutes)(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('purchase lookup on the real stack', () => {
  it('answers the same JSON from the join and from GetItem for 1,000 random purchases', async () => {
    const keys = await samplePurchaseKeys(1_000);
    expect(keys).toHaveLength(1_000);
    expect(new Set(keys.map((k) => `${k.customerId}/${k.purchaseId}`)).size).toBe(1_000);
    const getItemsBefore = readGetItemSeconds().reduce((sum, s) => sum + s.count, 0);
    for (let i = 0; i < keys.length; i += 25) {
      await Promise.all(
        keys.slice(i, i + 25).map(async (key) => {
          const query = `customerId=${key.customerId}&purchaseId=${key.purchaseId}`;
          const [relational, dynamodb] = await Promise.all([get(`/api/lookup/relational?${query}`), get(`/api/lookup/dynamodb?${query}`)]);
          expect(relational.status).toBe(200);
          expect(dynamodb.status).toBe(200);
          expect(dynamodb.text).toBe(relational.text);
          const purchase = relational.body as Purchase;
          expect(purchase).toMatchObject(key);
          expect(purchase.items.length).toBeGreaterThanOrEqual(1);
          expect(purchase.items.length).toBeLessThanOrEqual(3);
          expect(purchase.customerName).toMatch(/^[가-힣]{3}$/);
        }),
      );
    }
    // Every GetItem the server performed was timed.
    const getItemsAfter = readGetItemSeconds().reduce((sum, s) => sum + s.count, 0);
    expect(getItemsAfter - getItemsBefore).toBe(1_000);
  });

  it('answers the same purchases for a customer from the join and from Query', async () => {
    const keys = await samplePurchaseKeys(20);
    for (const { customerId } of keys) {
      const relational = await listCustomerPurchases('relational', customerId);
      const dynamodb = await listCustomerPurchases('dynamodb', customerId);
      expect(JSON.stringify(dynamodb)).toBe(JSON.stringify(relational));
      expect(relational.purchases.length).toBeGreaterThanOrEqual(1);
      const ids = relational.purchases.map((p) => Number(p.purchaseId));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    }
  });

  it('stores items with exactly the attribute names and types of the workshop mapping', async () => {
    const [key] = await samplePurchaseKeys(1);
    const { Item } = await getDynamoDb().send(
      new GetItemCommand({ TableName: getConfig().LOOKUP_TABLE, Key: { customer_id: { S: key!.customerId }, purchase_id: { S: key!.purchaseId } } }),
    );
    expect(Object.keys(Item!).sort()).toEqual(['customer_id', 'purchase_details', 'purchase_id']);
    expect(Object.keys(Item!.customer_id!)).toEqual(['S']);
    expect(Object.keys(Item!.purchase_id!)).toEqual(['S']);
    expect(Object.keys(Item!.purchase_details!)).toEqual(['M']);
    const details = Item!.purchase_details!.M!;
    expect(Object.keys(details).sort()).toEqual([...purchaseDetailNames].sort());
    for (const name of purchaseDetailNames) expect(Object.keys(details[name]!)).toEqual(['S']);
    const [staging] = await (await getPurchaseStore()).findStagingRows([key!]);
    for (const name of purchaseDetailNames) expect(details[name]!.S).toBe(staging![name]);
  });

  it('serves a random existing purchase on the workshop routes without parameters, and the asked one with them', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      for (const path of ['/legacy/selectPurchase', '/msa/selectPurchase']) {
        const response = await get(path);
        expect(response.status).toBe(200);
        const purchase = response.body as Purchase;
        seen.add(purchase.purchaseId);
        const twin = await get(`/api/lookup/relational?customerId=${purchase.customerId}&purchaseId=${purchase.purchaseId}`);
        expect(twin.text).toBe(response.text);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    const [key] = await samplePurchaseKeys(1);
    const legacy = await get(`/legacy/selectPurchase?customerId=${key!.customerId}&purchaseId=${key!.purchaseId}`);
    const msa = await get(`/msa/selectPurchase?customerId=${key!.customerId}&purchaseId=${key!.purchaseId}`);
    expect(legacy.body).toMatchObject(key!);
    expect(msa.text).toBe(legacy.text);
  });

  it('answers 400 JSON for malformed ids and 404 JSON for unknown ones, on every route', async () => {
    const [key] = await samplePurchaseKeys(1);
    // A purchase belongs to one customer, so the same purchase id under another customer is unknown.
    const otherCustomer = key!.customerId === '1' ? '2' : '1';
    for (const route of ['/api/lookup/relational', '/api/lookup/dynamodb', '/legacy/selectPurchase', '/msa/selectPurchase']) {
      for (const bad of ['customerId=abc&purchaseId=1', 'customerId=1&purchaseId=0', 'customerId=01&purchaseId=1', 'customerId=1&purchaseId=99999999999', 'customerId=1']) {
        const response = await get(`${route}?${bad}`);
        expect(response.status, `${route}?${bad}`).toBe(400);
        expect(response.type).toMatch(/application\/json/);
        expect(response.body).toMatchObject({ error: { code: 'bad_request' } });
      }
      for (const unknown of [`customerId=${key!.customerId}&purchaseId=${PURCHASES + 1}`, `customerId=${otherCustomer}&purchaseId=${key!.purchaseId}`]) {
        const response = await get(`${route}?${unknown}`);
        expect(response.status, `${route}?${unknown}`).toBe(404);
        expect(response.body).toMatchObject({ error: { code: 'not_found' } });
      }
    }
    expect((await get('/api/lookup/relational')).status).toBe(400);
  });
});
