/**
 * The purchase-lookup scenario's own shapes, shared by both backends. Nothing here touches a
 * database: the adapters reshape rows and items into these types.
 */

/** A purchase's key as both backends see it: DynamoDB stores both parts as strings. */
export interface PurchaseKey {
  customerId: string;
  purchaseId: string;
}

/** One line item of a purchase. `seq` is the workshop's purchaseseq (1 to 3). */
interface PurchaseItem {
  seq: number;
  productName: string;
  price: number;
  quantity: number;
  sellerTelNumber: string;
}

/**
 * The JSON both lookup backends answer with, byte for byte the same for the same purchase. It
 * holds exactly what the DynamoDB item holds: the workshop's mapping leaves the purchase date and
 * the sequence columns out of the item, so the date is not part of the shared shape.
 */
export interface Purchase {
  customerId: string;
  purchaseId: string;
  customerName: string;
  customerAddress: string;
  items: PurchaseItem[];
}

export interface CustomerPurchases {
  customerId: string;
  purchases: Purchase[];
}

/** One row of the workshop's first query: the four-table join for one purchase line. */
export interface JoinedLine {
  customerid: number;
  purchaseid: number;
  purchaseseq: number;
  productname: string;
  price: number;
  quantity: number;
  telnumber: string;
  purchasedate: string;
  name: string;
  address: string;
}

/** The staging table's columns, in its order; every value is a string as in PURCHASE_DYNAMODB_FORMAT. */
export const stagingColumns = [
  'CUSTOMER_ID',
  'PURCHASE_ID',
  'PURCHASE_DATE',
  'CUSTOMER_NAME',
  'CUSTOMER_ADDRESS',
  'PURCHASE_SEQ_1',
  'PRODUCT_NAME_1',
  'PRODUCT_PRICE_1',
  'QUANTITY_1',
  'SELLER_TEL_NUMBER_1',
  'PURCHASE_SEQ_2',
  'PRODUCT_NAME_2',
  'PRODUCT_PRICE_2',
  'QUANTITY_2',
  'SELLER_TEL_NUMBER_2',
  'PURCHASE_SEQ_3',
  'PRODUCT_NAME_3',
  'PRODUCT_PRICE_3',
  'QUANTITY_3',
  'SELLER_TEL_NUMBER_3',
] as const;

export type StagingColumn = (typeof stagingColumns)[number];

export type StagingRow = Record<StagingColumn, string>;

/**
 * The 14 attributes of `purchase_details`, named as in the workshop's DMS table mapping. The key
 * columns, the date and the sequence columns are excluded from the map by that mapping.
 */
export const purchaseDetailNames = [
  'CUSTOMER_NAME',
  'CUSTOMER_ADDRESS',
  'PRODUCT_NAME_1',
  'PRODUCT_PRICE_1',
  'QUANTITY_1',
  'SELLER_TEL_NUMBER_1',
  'PRODUCT_NAME_2',
  'PRODUCT_PRICE_2',
  'QUANTITY_2',
  'SELLER_TEL_NUMBER_2',
  'PRODUCT_NAME_3',
  'PRODUCT_PRICE_3',
  'QUANTITY_3',
  'SELLER_TEL_NUMBER_3',
] as const satisfies readonly StagingColumn[];

type PurchaseDetailName = (typeof purchaseDetailNames)[number];

export type PurchaseDetails = Record<PurchaseDetailName, string>;

const SLOTS = [1, 2, 3] as const;

/** Reshapes the join's lines (any order) into the shared JSON; null when there are none. */
export function purchaseFromLines(lines: readonly JoinedLine[]): Purchase | null {
  const first = lines[0];
  if (!first) return null;
  return {
    customerId: String(first.customerid),
    purchaseId: String(first.purchaseid),
    customerName: first.name,
    customerAddress: first.address,
    items: [...lines]
      .sort((a, b) => a.purchaseseq - b.purchaseseq)
      .map((line) => ({
        seq: line.purchaseseq,
        productName: line.productname,
        price: Number(line.price),
        quantity: Number(line.quantity),
        sellerTelNumber: line.telnumber,
      })),
  };
}

/**
 * Reshapes a pivoted item back into the shared JSON. A slot the pivot filled with its defaults
 * (quantity '0', as `MAX(CASE ... ELSE 0 END)` writes for a purchase with fewer lines) is empty.
 */
export function purchaseFromDetails(key: PurchaseKey, details: PurchaseDetails): Purchase {
  const items: PurchaseItem[] = [];
  for (const slot of SLOTS) {
    const quantity = Number(details[`QUANTITY_${slot}`] || '0');
    if (quantity === 0) continue;
    items.push({
      seq: slot,
      productName: details[`PRODUCT_NAME_${slot}`],
      price: Number(details[`PRODUCT_PRICE_${slot}`]),
      quantity,
      sellerTelNumber: details[`SELLER_TEL_NUMBER_${slot}`],
    });
  }
  return {
    customerId: key.customerId,
    purchaseId: key.purchaseId,
    customerName: details.CUSTOMER_NAME,
    customerAddress: details.CUSTOMER_ADDRESS,
    items,
  };
}

/** Orders purchases by numeric purchase id (DynamoDB's sort key compares them as strings). */
export function byPurchaseId(a: Purchase, b: Purchase): number {
  return Number(a.purchaseId) - Number(b.purchaseId);
}

export function detailsFromStaging(row: StagingRow): PurchaseDetails {
  return Object.fromEntries(purchaseDetailNames.map((name) => [name, row[name] ?? ''])) as PurchaseDetails;
}
