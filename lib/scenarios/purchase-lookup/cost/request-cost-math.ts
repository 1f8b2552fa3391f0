/**
 * The machine-independent cost of one lookup: DynamoDB read units from the item's size, the size
 * itself by DynamoDB's rules, and what a million lookups cost at on-demand prices. Client-safe.
 */

/** DynamoDB's item-size rules need only the attribute shape. */
export type ItemValue =
  | { S: string }
  | { N: string }
  | { B: Uint8Array }
  | { BOOL: boolean }
  | { NULL: true }
  | { M: Record<string, ItemValue> }
  | { L: ItemValue[] }
  | { SS: string[] }
  | { NS: string[] };

const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** A number's size: about one byte per two significant digits, plus one. */
function numberSize(text: string): number {
  const digits = text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

function valueSize(value: ItemValue): number {
  if ('S' in value) return utf8(value.S);
  if ('N' in value) return numberSize(value.N);
  if ('B' in value) return value.B.length;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if ('NS' in value) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  // A map or list costs 3 bytes plus 1 byte per element on top of its contents.
  if ('M' in value) return 3 + Object.entries(value.M).reduce((sum, [name, inner]) => sum + utf8(name) + valueSize(inner) + 1, 0);
  return 3 + value.L.reduce((sum, inner) => sum + valueSize(inner) + 1, 0);
}

/** Attribute names plus values, as DynamoDB counts an item against its 400 KB limit and its read units. */
export function itemSizeBytes(item: Record<string, ItemValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}

/** One read unit covers 4 KB strongly consistent; an eventually consistent read costs half. */
export function readUnitsForItem(sizeBytes: number, consistentRead: boolean): number {
  const blocks = Math.max(1, Math.ceil(sizeBytes / 4096));
  return consistentRead ? blocks : blocks / 2;
}

export interface OnDemandPrice {
  /** US dollars per million read request units. */
  readPerMillionUsd: number;
  region: string;
  /** The day the price was read from the public price list (YYYY-MM-DD). */
  asOf: string;
}

/**
 * The public list price of DynamoDB on-demand reads in us-east-1: $0.125 per million read request
 * units since the 50% cut effective 2024-11-01 (aws.amazon.com/dynamodb/pricing/on-demand). A
 * setting, because prices change and differ by region.
 */
export const defaultDynamoDbReadPrice: OnDemandPrice = { readPerMillionUsd: 0.125, region: 'us-east-1', asOf: '2024-11-01' };

export function costPerMillionLookups(readUnitsPerLookup: number, price: OnDemandPrice): number {
  return readUnitsPerLookup * price.readPerMillionUsd;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
