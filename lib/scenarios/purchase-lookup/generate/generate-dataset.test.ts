import { describe, expect, it } from 'vitest';
import { datasetShape, generateDataset, MAX_PURCHASES } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';

const all = <T>(chunks: Iterable<T[]>) => [...chunks].flat();

describe('generateDataset', () => {
  it('is deterministic: same seed and size give the same rows, another seed other rows', () => {
    const a = generateDataset({ purchases: 2_000, seed: 7 });
    const b = generateDataset({ purchases: 2_000, seed: 7 });
    const c = generateDataset({ purchases: 2_000, seed: 8 });
    expect(all(a.customers())).toEqual(all(b.customers()));
    expect(all(a.purchaseLines())).toEqual(all(b.purchaseLines()));
    expect(all(a.products())).toEqual(all(b.products()));
    expect(all(a.purchaseLines())).not.toEqual(all(c.purchaseLines()));
  });

  it('makes purchases 1..N with 1 to 3 lines numbered 1..k, distinct products, valid references', () => {
    const purchases = 3_000;
    const data = generateDataset({ purchases, seed: 42 });
    const shape = datasetShape(purchases);
    const lines = all(data.purchaseLines());
    expect(lines.length).toBe(data.counts.purchase);
    const byPurchase = new Map<number, typeof lines>();
    for (const line of lines) byPurchase.set(line[0], [...(byPurchase.get(line[0]) ?? []), line]);
    expect([...byPurchase.keys()].sort((x, y) => x - y)).toEqual(Array.from({ length: purchases }, (_, i) => i + 1));
    const sizes = new Set<number>();
    for (const group of byPurchase.values()) {
      sizes.add(group.length);
      expect(group.map((line) => line[1])).toEqual(group.map((_, i) => i + 1));
      expect(new Set(group.map((line) => line[3])).size).toBe(group.length);
      expect(new Set(group.map((line) => line[2])).size).toBe(1);
      expect(new Set(group.map((line) => line[5])).size).toBe(1);
      for (const [, , customer, product, quantity, date] of group) {
        expect(customer).toBeGreaterThanOrEqual(1);
        expect(customer).toBeLessThanOrEqual(shape.customers);
        expect(product).toBeGreaterThanOrEqual(1);
        expect(product).toBeLessThanOrEqual(shape.products);
        expect(quantity).toBeGreaterThanOrEqual(1);
        expect(date).toMatch(/^202[12]-\d\d-\d\d$/);
      }
    }
    expect([...sizes].sort()).toEqual([1, 2, 3]);
    expect(all(data.customers())).toHaveLength(shape.customers);
    expect(all(data.sellers())).toHaveLength(shape.sellers);
    for (const [, , price, seller] of all(data.products())) {
      expect(price % 100).toBe(0);
      expect(seller).toBeLessThanOrEqual(shape.sellers);
    }
  });

  it('writes Korean names and addresses that fit the workshop column sizes', () => {
    const customers = all(generateDataset({ purchases: 5_000, seed: 3 }).customers());
    for (const [, name, address] of customers) {
      expect(name).toMatch(/^[가-힣]{3}$/);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(10);
      expect(Buffer.byteLength(address)).toBeLessThanOrEqual(100);
    }
    const phones = all(generateDataset({ purchases: 5_000, seed: 3 }).sellers()).map(([, tel]) => tel);
    for (const tel of phones) expect(tel).toMatch(/^(\d{2,3}-\d{3,4}-\d{4}|1588-\d{4})$/);
  });

  it('sizes the other tables from the purchases and refuses sizes out of range', () => {
    expect(datasetShape(100_000)).toEqual({ customers: 10_000, products: 1_000, sellers: 100 });
    expect(datasetShape(1)).toEqual({ customers: 1, products: 20, sellers: 5 });
    expect(() => generateDataset({ purchases: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ purchases: MAX_PURCHASES + 1, seed: 1 })).toThrow(RangeError);
  });
});
