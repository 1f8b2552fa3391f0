import 'server-only';
import { getPurchaseItem, type DynamoItem } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import type { JoinedLine, PurchaseKey, StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import { randomPurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

export interface PurchaseExploration {
  key: PurchaseKey;
  /** The workshop's first query: the join, one row per line. */
  joinedRows: JoinedLine[];
  /** The pivoted PURCHASE_DYNAMODB_FORMAT row, or null before staging is built. */
  stagingRow: StagingRow | null;
  /** The DynamoDB item in its wire format (typed attribute values), or null before migration. */
  dynamoItem: DynamoItem | null;
  /** Why a pane is empty, when it is because its table is not there yet. */
  dynamoError: string | null;
  timings: { joinMs: number; stagingMs: number; getItemMs: number };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, Math.round((performance.now() - started) * 100) / 100];
}

/** One purchase in its three forms, side by side: joined rows, staging row, DynamoDB item. */
export async function explorePurchase(requested: PurchaseKey | null): Promise<PurchaseExploration> {
  const key = requested ?? (await randomPurchaseKey());
  const store = await getPurchaseStore();
  const [[joinedRows, joinMs], [stagingRows, stagingMs], [dynamo, getItemMs]] = await Promise.all([
    timed(() => store.findPurchaseLines(key)),
    timed(() => store.findStagingRows([key])),
    timed(async () => {
      try {
        return { item: await getPurchaseItem(key), error: null };
      } catch (error) {
        if ((error as { code?: string }).code === 'not_found') return { item: null, error: (error as Error).message };
        throw error;
      }
    }),
  ]);
  return {
    key,
    joinedRows,
    stagingRow: stagingRows[0] ?? null,
    dynamoItem: dynamo.item,
    dynamoError: dynamo.error,
    timings: { joinMs, stagingMs, getItemMs },
  };
}
