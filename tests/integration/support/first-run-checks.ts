import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { customerRow, datasetShape, productRow, purchaseLines, sellerRow } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { purchaseFromLines, type Purchase, type PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';
import type { PurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-store';
import { HOT_PRODUCT_ID, RESET_BUSY_MESSAGE } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { fire, startLeanServer } from './http-load';

/*
 * The five things a first real run of a relational engine meets (issue 15), as assertions the
 * Oracle suite and its PostgreSQL twin share. Each engine supplies the few engine-specific
 * pieces (its character set, its length functions, its pool).
 */

const FIRST_RUN_CHECKS = {
  resetBusy: 'a reset against an order held by a 6 s payment delay answers the busy 409 and leaves the books unchanged',
  lookupsDuringReload: 'lookups at 8 connections during a reload see no 500, and are served while it loads',
  noNewLinesWithOldSeed: 'no reader sees new purchase lines with the old seed, nor the new seed with old lines',
  characterSet: 'the character set check passes and the longest generated values round-trip with the right character and byte lengths',
  freshPoolBurst: '150 concurrent orders on a fresh pool all answer 200 (no connect timeout such as NJS-510)',
} as const;

export const FIRST_RUN_CHECK_NAMES: readonly string[] = Object.values(FIRST_RUN_CHECKS);

interface StoredText {
  value: string;
  /** The engine's character count (LENGTH / length). */
  chars: number;
  /** The engine's byte count (LENGTHB / octet_length). */
  bytes: number;
}

export interface FirstRunEngine {
  /** Null when the database can hold the app's text, else the refusal the app gives. */
  characterSetRefusal(): Promise<string | null>;
  /** A stored value of the generated data set with the engine's lengths of it. */
  storedText(column: 'customer.name' | 'customer.address' | 'product.productname', id: number): Promise<StoredText>;
  /** Closes the engine's pool, so the next request starts a fresh one. */
  closePool(): Promise<void>;
}

const OLD_SEED = 41;
const NEW_SEED = 42;
/** Large enough that a reload takes a while on either engine; the same size for both seeds. */
const PURCHASES = 20_000;

/** A purchase as the generator makes it, computed in JS. */
function expectedPurchase(seed: number, id: number): Purchase {
  const shape = datasetShape(PURCHASES);
  const lines = purchaseLines(seed, id, PURCHASES, shape);
  const [, name, address] = customerRow(seed, lines[0]![2]);
  return {
    customerId: String(lines[0]![2]),
    purchaseId: String(id),
    customerName: name,
    customerAddress: address,
    items: lines.map(([, seq, , productId, quantity]) => {
      const [, productName, price, sellerId] = productRow(seed, productId, shape.sellers);
      return { seq, productName, price, quantity, sellerTelNumber: sellerRow(seed, sellerId)[1] };
    }),
  };
}

const keyOf = (purchase: Purchase): PurchaseKey => ({ customerId: purchase.customerId, purchaseId: purchase.purchaseId });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A reload to NEW_SEED with `during` running beside it until it is done; the data goes back to OLD_SEED afterwards. */
async function duringReload<T>(during: (state: { loading: () => boolean; done: () => boolean }) => Promise<T>): Promise<T> {
  let loading = false;
  let done = false;
  const reload = generatePurchaseData(
    { purchases: PURCHASES, seed: NEW_SEED },
    { onProgress: (progress) => (loading ||= progress.phase === 'Loading purchase') },
  ).finally(() => (done = true));
  const [result] = await Promise.all([during({ loading: () => loading, done: () => done }), reload]);
  await generatePurchaseData({ purchases: PURCHASES, seed: OLD_SEED });
  return result;
}

/** Registers the five checks; call inside the describe that points the app at the engine. */
export function registerFirstRunChecks(engine: () => FirstRunEngine): void {
  let lean: Awaited<ReturnType<typeof startLeanServer>>;
  let store: PurchaseStore;
  const defaultDelay = getOfferSettings().paymentDelayMs;

  beforeAll(async () => {
    lean = await startLeanServer();
    store = await getPurchaseStore();
    await generatePurchaseData({ purchases: PURCHASES, seed: OLD_SEED });
  });

  afterAll(async () => {
    updateOfferSettings({ paymentDelayMs: defaultDelay });
    await lean?.close();
  });

  it(FIRST_RUN_CHECKS.resetBusy, async () => {
    await resetOffer({ stock: 10 });
    const before = await getOfferStore().readBooks(HOT_PRODUCT_ID);
    updateOfferSettings({ paymentDelayMs: 6_000 });
    const order = fire(`${lean.baseUrl}/order`, 1, 1);
    // The order takes the row lock at once and holds it through the 6 s payment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const failure = await resetOffer({ stock: 50 }).then(
      () => null,
      (error: unknown) => error,
    );
    updateOfferSettings({ paymentDelayMs: 2 });
    expect(failure).toBeInstanceOf(AppError);
    expect(toErrorResponse(failure)).toMatchObject({ status: 409, body: { error: { code: 'conflict', reason: 'busy', message: RESET_BUSY_MESSAGE } } });
    const [answer] = await order;
    expect(answer).toMatchObject({ status: 200 });
    expect(answer!.body.trim()).toBe('9');
    // The reset changed nothing: the order's sale is there, the initial stock and reset time are the old ones.
    expect(await getOfferStore().readBooks(HOT_PRODUCT_ID)).toEqual({
      ...before,
      remainingInTable: 9,
      ordersByPath: { ...before.ordersByPath, legacy: before.ordersByPath.legacy + 1 },
    });
  }, 30_000);

  it(FIRST_RUN_CHECKS.lookupsDuringReload, async () => {
    const keys = Array.from({ length: 200 }, (_, i) => keyOf(expectedPurchase(OLD_SEED, 1 + i * 97)));
    const statuses = new Map<number, number>();
    let servedWhileLoading = 0;
    await duringReload(async ({ loading, done }) => {
      const worker = async (offset: number) => {
        for (let i = offset; !done(); i += 8) {
          const key = keys[i % keys.length]!;
          const response = await fetch(`${lean.baseUrl}/api/lookup/relational?customerId=${key.customerId}&purchaseId=${key.purchaseId}`);
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 200 && loading() && !done()) servedWhileLoading++;
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, offset) => worker(offset)));
    });
    expect(statuses.get(500) ?? 0).toBe(0);
    // 200 before and during, 404 for an old key in the new data set, 503 if a swap outlasted the retry.
    for (const status of statuses.keys()) expect([200, 404, 503]).toContain(status);
    // Readers are not held up by the load: they answer from the previous tables meanwhile.
    expect(servedWhileLoading).toBeGreaterThan(0);
  }, 120_000);

  it(FIRST_RUN_CHECKS.noNewLinesWithOldSeed, async () => {
    const ids = Array.from({ length: 50 }, (_, i) => 1 + i * 331);
    const old = new Map(ids.map((id) => [id, expectedPurchase(OLD_SEED, id)]));
    const fresh = new Map(ids.map((id) => [id, expectedPurchase(NEW_SEED, id)]));
    for (const id of ids) expect(same(old.get(id), fresh.get(id))).toBe(false);
    const violations: string[] = [];
    const seen = { old: 0, fresh: 0 };
    const readSeed = async () => (await store.readDatasetInfo())?.seed;
    await duringReload(async ({ done }) => {
      const reader = async (offset: number) => {
        // Each reader goes on until a round that started after the reload had returned.
        for (let i = offset, last = false; !last; i += 4) {
          last = done();
          const id = ids[i % ids.length]!;
          try {
            const seedBefore = await readSeed();
            const newLines = purchaseFromLines(await store.findPurchaseLines(keyOf(fresh.get(id)!)));
            const oldLines = purchaseFromLines(await store.findPurchaseLines(keyOf(old.get(id)!)));
            const seedAfter = await readSeed();
            if (same(newLines, fresh.get(id))) {
              seen.fresh++;
              if (seedAfter !== NEW_SEED) violations.push(`purchase ${id}: new lines, then seed ${seedAfter}`);
            }
            if (same(oldLines, old.get(id))) {
              seen.old++;
              if (seedBefore !== OLD_SEED) violations.push(`purchase ${id}: seed ${seedBefore}, then old lines`);
            }
          } catch (error) {
            // A read that met the swap twice answers 503 (reason reloading); anything else is a failure.
            if (!(error instanceof AppError && error.code === 'unavailable')) throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: 4 }, (_, offset) => reader(offset)));
    });
    expect(violations).toEqual([]);
    expect(seen.old).toBeGreaterThan(0);
    // The readers ran until the reload returned, so the last rounds saw the new data set.
    expect(seen.fresh).toBeGreaterThan(0);
  }, 120_000);

  it(FIRST_RUN_CHECKS.characterSet, async () => {
    expect(await engine().characterSetRefusal()).toBeNull();
    const shape = datasetShape(PURCHASES);
    const longest = (count: number, value: (id: number) => string) => {
      let best = 1;
      for (let id = 2; id <= count; id++) if (value(id).length > value(best).length) best = id;
      return best;
    };
    const cases = [
      { column: 'customer.name' as const, id: longest(shape.customers, (id) => customerRow(OLD_SEED, id)[1]), value: (id: number) => customerRow(OLD_SEED, id)[1] },
      { column: 'customer.address' as const, id: longest(shape.customers, (id) => customerRow(OLD_SEED, id)[2]), value: (id: number) => customerRow(OLD_SEED, id)[2] },
      { column: 'product.productname' as const, id: longest(shape.products, (id) => productRow(OLD_SEED, id, shape.sellers)[1]), value: (id: number) => productRow(OLD_SEED, id, shape.sellers)[1] },
    ];
    for (const { column, id, value } of cases) {
      const expected = value(id);
      expect(expected, column).toMatch(/[\uAC00-\uD7A3]/);
      expect(await engine().storedText(column, id), column).toEqual({ value: expected, chars: [...expected].length, bytes: Buffer.byteLength(expected, 'utf8') });
    }
  });

  it(FIRST_RUN_CHECKS.freshPoolBurst, async () => {
    updateOfferSettings({ paymentDelayMs: 2 });
    await resetOffer({ stock: 100 });
    await engine().closePool();
    const answers = await fire(`${lean.baseUrl}/order`, 150, 150);
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);
    expect(answers.filter((a) => a.body !== 'Out Of Stock')).toHaveLength(100);
  }, 120_000);
}
