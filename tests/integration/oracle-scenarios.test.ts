import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { HOT_PRODUCT_ID } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import { customerRow, datasetShape, productRow, purchaseLines, sellerRow } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import { detailsFromStaging, purchaseFromDetails, purchaseFromLines, type Purchase, type PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import type { PurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-store';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';
import { fire, startLeanServer } from './support/http-load';
import { describeWithOracle, detectOracleTarget, notRunLine, ORACLE_SETTINGS, useOracle } from './support/oracle-target';

/*
 * Both scenarios against a real Oracle Database, through the same lib functions and lean routes
 * the app uses. Registered only when ORACLE_USER, ORACLE_PASSWORD and ORACLE_CONNECT_STRING are
 * set (the rest of the integration suites keep the embedded PostgreSQL; DynamoDB and Redis are
 * the embedded ones). It replaces the purchase tables and the offer tables of that schema.
 *
 *   ORACLE_USER=oshop ORACLE_PASSWORD=... ORACLE_CONNECT_STRING=127.0.0.1:1521/FREEPDB1 \
 *     npx vitest run --project integration tests/integration/oracle-scenarios.test.ts
 */

const PURCHASES = 500;
const SEED = 31;

/** The purchase as the generator made it, computed in JS: what Oracle must give back. */
function expectedPurchase(id: number): Purchase {
  const shape = datasetShape(PURCHASES);
  const lines = purchaseLines(SEED, id, PURCHASES, shape);
  const [, name, address] = customerRow(SEED, lines[0]![2]);
  return {
    customerId: String(lines[0]![2]),
    purchaseId: String(id),
    customerName: name,
    customerAddress: address,
    items: lines.map(([, seq, , productId, quantity]) => {
      const [, productName, price, sellerId] = productRow(SEED, productId, shape.sellers);
      return { seq, productName, price, quantity, sellerTelNumber: sellerRow(SEED, sellerId)[1] };
    }),
  };
}

describe('Oracle suite configuration', () => {
  it('registers the Oracle suite exactly when all three settings are present in this run', () => {
    const present = ORACLE_SETTINGS.every((name) => Boolean(process.env[name]?.trim()));
    expect(detectOracleTarget(process.env).configured).toBe(present);
  });


  it('counts Oracle as configured only with user, password and connect string all set', () => {
    expect(detectOracleTarget({})).toEqual({ configured: false, missing: ['ORACLE_USER', 'ORACLE_PASSWORD', 'ORACLE_CONNECT_STRING'] });
    expect(detectOracleTarget({ ORACLE_USER: 'oshop', ORACLE_PASSWORD: ' ', ORACLE_CONNECT_STRING: 'db:1521/FREEPDB1' })).toEqual({
      configured: false,
      missing: ['ORACLE_PASSWORD'],
    });
    expect(detectOracleTarget({ ORACLE_USER: 'oshop', ORACLE_PASSWORD: 'pw', ORACLE_CONNECT_STRING: 'db:1521/FREEPDB1' })).toEqual({
      configured: true,
      target: { user: 'oshop', password: 'pw', connectString: 'db:1521/FREEPDB1' },
    });
    expect(notRunLine(['ORACLE_USER'])).toBe(
      'Oracle integration: not run — set ORACLE_USER, ORACLE_PASSWORD, ORACLE_CONNECT_STRING to run it (missing: ORACLE_USER).',
    );
  });
});

describeWithOracle('both scenarios on Oracle', (target) => {
  let restore: () => Promise<void>;
  let lean: Awaited<ReturnType<typeof startLeanServer>>;
  const defaultDelay = getOfferSettings().paymentDelayMs;

  beforeAll(async () => {
    restore = await useOracle(target);
    lean = await startLeanServer();
  });

  afterAll(async () => {
    updateOfferSettings({ paymentDelayMs: defaultDelay });
    await lean?.close();
    await restore?.();
  });

  describe('purchase lookup', () => {
    let store: PurchaseStore;
    let keys: PurchaseKey[];

    beforeAll(async () => {
      store = await getPurchaseStore();
      expect(store.engine).toBe('oracle');
      await generatePurchaseData({ purchases: PURCHASES, seed: SEED });
      const build = await buildStagingTable();
      expect(build.rows).toBe(PURCHASES);
      keys = await store.samplePurchaseKeys(PURCHASES);
    });

    it('creates the schema idempotently and counts what the generator made', async () => {
      await store.ensureSchema();
      await store.ensureSchema();
      const counts = await store.countRows();
      const shape = datasetShape(PURCHASES);
      expect(counts).toMatchObject({ customer: shape.customers, product: shape.products, seller: shape.sellers, purchases: PURCHASES, staging: PURCHASES });
      expect(counts.purchase).toBeGreaterThanOrEqual(PURCHASES);
      const info = await store.readDatasetInfo();
      expect(info).toMatchObject({ seed: SEED, purchases: PURCHASES, stagingBuildId: expect.any(String) });
      expect(new Date(info!.generatedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
    });

    it('samples every purchase key once, or a random subset by probing random ids', async () => {
      expect(keys).toHaveLength(PURCHASES);
      expect(new Set(keys.map((k) => k.purchaseId)).size).toBe(PURCHASES);
      const known = new Set(keys.map((k) => `${k.customerId}/${k.purchaseId}`));
      const some = await store.samplePurchaseKeys(100);
      expect(some).toHaveLength(100);
      expect(new Set(some.map((k) => k.purchaseId)).size).toBe(100);
      for (const key of some) expect(known).toContain(`${key.customerId}/${key.purchaseId}`);
    });

    it('the first query gives back exactly the generated purchase (Korean text, numbers, line order)', async () => {
      for (const id of [1, 2, 3, 250, PURCHASES]) {
        const expected = expectedPurchase(id);
        const lines = await store.findPurchaseLines({ customerId: expected.customerId, purchaseId: String(id) });
        expect(purchaseFromLines(lines)).toEqual(expected);
        expect(lines[0]!.purchasedate).toMatch(/^202[12]-\d\d-\d\d$/);
      }
    });

    it('every staging row pivots its purchase: the join and the staging row give the same purchase', async () => {
      const rows = await store.findStagingRows(keys);
      expect(rows).toHaveLength(PURCHASES);
      const byKey = new Map(rows.map((row) => [`${row.CUSTOMER_ID}/${row.PURCHASE_ID}`, row]));
      let emptySlots = 0;
      for (const key of keys) {
        const row = byKey.get(`${key.customerId}/${key.purchaseId}`)!;
        const fromJoin = purchaseFromLines(await store.findPurchaseLines(key));
        expect(purchaseFromDetails(key, detailsFromStaging(row))).toEqual(fromJoin);
        for (const slot of [1, 2, 3] as const) {
          if (row[`QUANTITY_${slot}`] !== '0') continue;
          // Oracle stored the pivot's '' as NULL; the adapter hands it over as '' like PostgreSQL.
          emptySlots++;
          expect([row[`PRODUCT_NAME_${slot}`], row[`SELLER_TEL_NUMBER_${slot}`], row[`PRODUCT_PRICE_${slot}`], row[`PURCHASE_SEQ_${slot}`]]).toEqual(['', '', '0', '0']);
        }
      }
      expect(emptySlots).toBeGreaterThan(0);
    });

    it('lists a customer’s purchases in purchase-id order', async () => {
      const customerId = keys[0]!.customerId;
      const lines = await store.findCustomerPurchaseLines(customerId);
      const ids = lines.map((line) => line.purchaseid);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(lines.map((line) => String(line.customerid)))).toEqual(new Set([customerId]));
    });

    it('walks the staging table in keyset pages, in byte order, every row once', async () => {
      const seen: string[] = [];
      let after: PurchaseKey | null = null;
      for (;;) {
        const page = await store.readStagingPage(after, 37);
        if (page.length === 0) break;
        for (const row of page) seen.push(`${row.CUSTOMER_ID}\u0000${row.PURCHASE_ID}`);
        const last = page[page.length - 1]!;
        after = { customerId: last.CUSTOMER_ID, purchaseId: last.PURCHASE_ID };
      }
      expect(seen).toHaveLength(PURCHASES);
      expect(new Set(seen).size).toBe(PURCHASES);
      const byteOrder = [...seen].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(seen).toEqual(byteOrder);
    });

    it('keeps a checkpoint through MERGE, null key included', async () => {
      const info = await store.readDatasetInfo();
      const base = { stagingBuildId: info!.stagingBuildId!, totalRows: PURCHASES, updatedAt: new Date().toISOString() };
      await store.writeCheckpoint({ ...base, after: null, rowsDone: 0, completed: false });
      expect(await store.readCheckpoint()).toEqual({ ...base, after: null, rowsDone: 0, completed: false });
      await store.writeCheckpoint({ ...base, after: keys[0]!, rowsDone: 25, completed: true });
      expect(await store.readCheckpoint()).toEqual({ ...base, after: keys[0]!, rowsDone: 25, completed: true });
    });

    it('migrates the staging table to DynamoDB and both lookup routes answer the same JSON', async () => {
      const migration = await migratePurchases({ mode: 'restart' });
      expect(migration.status).toBe('completed');
      expect(migration.validation).toMatchObject({ passed: true, sourceCount: PURCHASES, targetCount: PURCHASES });
      for (const key of keys.slice(0, 50)) {
        const query = `customerId=${key.customerId}&purchaseId=${key.purchaseId}`;
        const [relational, dynamodb] = await Promise.all([fetch(`${lean.baseUrl}/api/lookup/relational?${query}`), fetch(`${lean.baseUrl}/api/lookup/dynamodb?${query}`)]);
        expect(relational.status).toBe(200);
        expect(await dynamodb.text()).toBe(await relational.text());
      }
    });

    it('a reload stopped part-way leaves the previous data set, staging and checkpoint in place', async () => {
      const before = { counts: await store.countRows(), info: await store.readDatasetInfo(), checkpoint: await store.readCheckpoint() };
      const line = await store.findPurchaseLines(keys[0]!);
      const controller = new AbortController();
      const reload = generatePurchaseData(
        { purchases: 2_000, seed: SEED + 1 },
        {
          signal: controller.signal,
          onProgress: (progress) => {
            if (progress.phase === 'Loading purchase') controller.abort(new Error('stopped by the test'));
          },
        },
      );
      await expect(reload).rejects.toThrow(/stopped by the test/);
      expect(await store.countRows()).toEqual(before.counts);
      expect(await store.readDatasetInfo()).toEqual(before.info);
      expect(await store.readCheckpoint()).toEqual(before.checkpoint);
      expect(await store.findPurchaseLines(keys[0]!)).toEqual(line);
      // Nothing of the stopped load is left behind, and the next reload works.
      await store.ensureSchema();
      await generatePurchaseData({ purchases: PURCHASES, seed: SEED });
      expect((await store.countRows()).staging).toBe(0);
      expect(await store.readDatasetInfo()).toMatchObject({ seed: SEED, stagingBuildId: null });
    });
  });

  describe('limited offer', () => {
    beforeAll(() => {
      // A small payment step keeps each order's transaction open long enough for orders to overlap.
      updateOfferSettings({ paymentDelayMs: 2 });
    });

    it('legacy /order: 300 requests at c=30 on stock 100 sell exactly 100, oversell none, and the books balance', async () => {
      await resetOffer({ stock: 100 });
      const answers = await fire(`${lean.baseUrl}/order`, 300, 30);
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      const sold = answers.filter((a) => a.body !== 'Out Of Stock');
      expect(sold).toHaveLength(100);
      // Each remaining count from 99 down to 0 was handed out exactly once.
      expect(sold.map((a) => Number(a.body.trim())).sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
      expect(await auditOffer()).toMatchObject({
        initialStock: 100,
        remainingInTable: 0,
        ordersRecorded: 100,
        ordersByPath: { legacy: 100, redis: 0, naive: 0 },
        unitsOversold: 0,
        balanced: true,
      });
    });

    it('atomic /order-redis writes its history rows to Oracle by group commit: exactly 100', async () => {
      await resetOffer({ stock: 100 });
      const answers = await fire(`${lean.baseUrl}/order-redis`, 300, 30);
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      expect(answers.filter((a) => a.body !== 'Out Of Stock')).toHaveLength(100);
      expect(await auditOffer()).toMatchObject({ ordersRecorded: 100, ordersByPath: { redis: 100 }, remainingInTable: 100, remainingInRedis: 0, balanced: true });
    });

    it('reset empties the history and sets the stock; a reset whose Redis step fails changes nothing', async () => {
      await resetOffer({ stock: 7 });
      expect(await getOfferStore().readBooks(HOT_PRODUCT_ID)).toMatchObject({ initialStock: 7, remainingInTable: 7, ordersByPath: { legacy: 0, redis: 0, naive: 0 } });
      await fire(`${lean.baseUrl}/order`, 3, 1);
      const books = await getOfferStore().readBooks(HOT_PRODUCT_ID);
      expect(books).toMatchObject({ remainingInTable: 4, ordersByPath: { legacy: 3 } });
      await expect(
        getOfferStore().reset(HOT_PRODUCT_ID, 50, async () => {
          throw new Error('Redis is not reachable (test)');
        }),
      ).rejects.toThrow(/Redis is not reachable/);
      expect(await getOfferStore().readBooks(HOT_PRODUCT_ID)).toEqual(books);
    });
  });
});
