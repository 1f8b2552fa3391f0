import type { CustomerRow, DatasetSource, ProductRow, PurchaseLineRow, SellerRow } from '@/lib/scenarios/purchase-lookup/relational-store';
import { seededRandom } from '@/lib/random';
import { apartments, givenNames, productAdjectives, productKinds, regions, roads, surnames } from '@/lib/scenarios/purchase-lookup/generate/korean-words';

export const DEFAULT_PURCHASES = 100_000;
export const MAX_PURCHASES = 2_000_000;
export const DEFAULT_SEED = 20220306;

const CHUNK_ROWS = 5_000;
/** A year of purchases ending on the workshop's run date. */
const FIRST_DAY = Date.UTC(2021, 2, 7);
const DAYS = 365;

/** Table sizes for a number of purchases: ten purchases a customer, a product per hundred. */
export function datasetShape(purchases: number): { customers: number; products: number; sellers: number } {
  const customers = Math.max(1, Math.ceil(purchases / 10));
  const products = Math.min(5_000, Math.max(20, Math.ceil(purchases / 100)));
  const sellers = Math.min(500, Math.max(5, Math.ceil(products / 10)));
  return { customers, products, sellers };
}

function mix32(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const streams = { customer: 1, seller: 2, product: 3, purchase: 4 } as const;

/**
 * A small PRNG (mulberry32) seeded from (seed, table, row number): every row is a pure function of
 * its position, so the data does not depend on chunking or on what was generated before.
 */
function rowRandom(seed: number, stream: keyof typeof streams, index: number): () => number {
  return seededRandom(mix32(mix32(seed >>> 0, streams[stream]), index >>> 0));
}

const intIn = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const digits = (random: () => number, count: number) => String(intIn(random, 0, 10 ** count - 1)).padStart(count, '0');

export function customerRow(seed: number, id: number): CustomerRow {
  const random = rowRandom(seed, 'customer', id);
  const name = pick(random, surnames) + pick(random, givenNames);
  const region = pick(random, regions);
  let address = `${region.city} ${pick(random, region.districts)} ${pick(random, roads)} ${intIn(random, 1, 299)}`;
  if (random() < 0.6) address += ` ${pick(random, apartments)}아파트 ${intIn(random, 101, 115)}동 ${intIn(random, 1, 25)}${digits(random, 2)}호`;
  return [id, name, address];
}

export function sellerRow(seed: number, id: number): SellerRow {
  const random = rowRandom(seed, 'seller', id);
  const roll = random();
  const telnumber =
    roll < 0.25
      ? `1588-${digits(random, 4)}`
      : roll < 0.4
        ? `070-${digits(random, 4)}-${digits(random, 4)}`
        : (() => {
            const area = pick(random, regions).areaCode;
            return `${area}-${intIn(random, area === '02' ? 2000 : 200, area === '02' ? 9999 : 999)}-${digits(random, 4)}`;
          })();
  return [id, telnumber];
}

export function productRow(seed: number, id: number, sellers: number): ProductRow {
  const random = rowRandom(seed, 'product', id);
  const kind = pick(random, productKinds);
  const price = Math.round(intIn(random, kind.min, kind.max) / 100) * 100;
  return [id, `${pick(random, productAdjectives)} ${kind.name}`, price, intIn(random, 1, sellers)];
}

const dayStrings = Array.from({ length: DAYS }, (_, day) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10));

/** The 1 to 3 lines of purchase `id` (distinct products, mostly small quantities). */
export function purchaseLines(seed: number, id: number, purchases: number, shape: ReturnType<typeof datasetShape>): PurchaseLineRow[] {
  const random = rowRandom(seed, 'purchase', id);
  const lineCount = intIn(random, 1, 3);
  const customerId = intIn(random, 1, shape.customers);
  // Purchase ids grow with time, as an order sequence does.
  const date = dayStrings[Math.min(DAYS - 1, Math.floor(((id - 1) * DAYS) / purchases))]!;
  const products = new Set<number>();
  const lines: PurchaseLineRow[] = [];
  for (let seq = 1; seq <= lineCount; seq++) {
    let product = intIn(random, 1, shape.products);
    while (products.has(product)) product = (product % shape.products) + 1;
    products.add(product);
    const quantityRoll = random();
    const quantity = quantityRoll < 0.6 ? 1 : quantityRoll < 0.85 ? 2 : intIn(random, 3, 5);
    lines.push([id, seq, customerId, product, quantity, date]);
  }
  return lines;
}

function* chunked<T>(count: number, row: (index: number) => T): Iterable<T[]> {
  for (let start = 1; start <= count; start += CHUNK_ROWS) {
    const end = Math.min(count, start + CHUNK_ROWS - 1);
    const rows: T[] = [];
    for (let i = start; i <= end; i++) rows.push(row(i));
    yield rows;
  }
}

/**
 * A deterministic data set: the same seed and size always give the same rows. Rows are made
 * chunk by chunk as the loader pulls them, so a million purchases never sit in memory at once.
 */
export function generateDataset(options: { purchases: number; seed: number }): DatasetSource {
  const { purchases, seed } = options;
  if (!Number.isInteger(purchases) || purchases < 1 || purchases > MAX_PURCHASES) {
    throw new RangeError(`purchases must be an integer from 1 to ${MAX_PURCHASES}`);
  }
  const shape = datasetShape(purchases);
  // The line count of a purchase is its first random draw, so the total is known up front.
  let lineTotal = 0;
  for (let id = 1; id <= purchases; id++) lineTotal += 1 + Math.floor(rowRandom(seed, 'purchase', id)() * 3);

  return {
    seed,
    purchases,
    counts: { customer: shape.customers, seller: shape.sellers, product: shape.products, purchase: lineTotal },
    customers: () => chunked(shape.customers, (id) => customerRow(seed, id)),
    sellers: () => chunked(shape.sellers, (id) => sellerRow(seed, id)),
    products: () => chunked(shape.products, (id) => productRow(seed, id, shape.sellers)),
    purchaseLines: function* () {
      for (const chunk of chunked(purchases, (id) => purchaseLines(seed, id, purchases, shape))) yield chunk.flat();
    },
  };
}
