import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { getPurchaseItem, purchaseFromItem, queryCustomerItems } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { runningLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import { byPurchaseId, purchaseFromLines, type CustomerPurchases, type JoinedLine, type Purchase, type PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

export type LookupBackend = 'relational' | 'dynamodb';

function notFound(key: PurchaseKey): AppError {
  return new AppError('not_found', `No purchase ${key.purchaseId} for customer ${key.customerId}.`, { customerId: key.customerId, purchaseId: key.purchaseId });
}

function assertTablesReadable(): void {
  // The generate job rewrites the four tables in one transaction; a lookup would wait on its locks.
  if (runningLookupJob() === 'generate') throw new AppError('unavailable', 'The relational data is being regenerated; try again when Generate has finished.');
}

/** One purchase through the legacy path: the workshop's four-table join. */
async function lookupPurchaseRelational(key: PurchaseKey): Promise<Purchase> {
  assertTablesReadable();
  const store = await getPurchaseStore();
  const purchase = purchaseFromLines(await store.findPurchaseLines(key));
  if (!purchase) throw notFound(key);
  return purchase;
}

/** One purchase through the modern path: GetItem on (customer_id, purchase_id). */
async function lookupPurchaseDynamoDb(key: PurchaseKey): Promise<Purchase> {
  const item = await getPurchaseItem(key);
  if (!item) throw notFound(key);
  return purchaseFromItem(item);
}

export function lookupPurchase(backend: LookupBackend, key: PurchaseKey): Promise<Purchase> {
  return backend === 'relational' ? lookupPurchaseRelational(key) : lookupPurchaseDynamoDb(key);
}

function groupLines(lines: readonly JoinedLine[]): Purchase[] {
  const byPurchase = new Map<number, JoinedLine[]>();
  for (const line of lines) byPurchase.set(line.purchaseid, [...(byPurchase.get(line.purchaseid) ?? []), line]);
  return [...byPurchase.values()].map((group) => purchaseFromLines(group)!).sort(byPurchaseId);
}

/** Every purchase of a customer: the join on purchase.customerid, or Query on the partition key. */
export async function listCustomerPurchases(backend: LookupBackend, customerId: string): Promise<CustomerPurchases> {
  let purchases: Purchase[];
  if (backend === 'relational') {
    assertTablesReadable();
    const store = await getPurchaseStore();
    purchases = groupLines(await store.findCustomerPurchaseLines(customerId));
  } else {
    purchases = (await queryCustomerItems(customerId)).map(purchaseFromItem).sort(byPurchaseId);
  }
  if (purchases.length === 0) throw new AppError('not_found', `No purchases for customer ${customerId}.`, { customerId });
  return { customerId, purchases };
}
