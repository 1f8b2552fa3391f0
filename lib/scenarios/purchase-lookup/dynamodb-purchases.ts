import 'server-only';
import {
  type CreateTableCommandInput,
  BatchGetItemCommand,
  BatchWriteItemCommand,
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  QueryCommand,
  ScanCommand,
  waitUntilTableExists,
  waitUntilTableNotExists,
  type AttributeValue,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { getConfig } from '@/lib/config';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { AppError } from '@/lib/http/app-error';
import { detailsFromStaging, purchaseDetailNames, purchaseFromDetails, type Purchase, type PurchaseDetails, type PurchaseKey, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import { retryRemaining, type RetryOutcome } from '@/lib/scenarios/purchase-lookup/migration/retry-remaining';
import { timedGetItem } from '@/lib/metrics/timed-get-item';

export type DynamoItem = Record<string, AttributeValue>;

export const BATCH_WRITE_LIMIT = 25;
const BATCH_GET_LIMIT = 100;

export function purchaseTableName(): string {
  return getConfig().LOOKUP_TABLE;
}

function isNotFound(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ResourceNotFoundException';
}

function tableMissing(): AppError {
  return new AppError('not_found', `DynamoDB table ${purchaseTableName()} does not exist yet: run the migration first.`);
}

/** The item exactly as the workshop's DMS table mapping writes it. */
export function itemFromStaging(row: StagingRow): DynamoItem {
  const details = detailsFromStaging(row);
  const map: Record<string, AttributeValue> = {};
  for (const name of purchaseDetailNames) map[name] = { S: details[name] };
  return { customer_id: { S: row.CUSTOMER_ID }, purchase_id: { S: row.PURCHASE_ID }, purchase_details: { M: map } };
}

function keyOfItem(item: DynamoItem): PurchaseKey {
  return { customerId: item.customer_id?.S ?? '', purchaseId: item.purchase_id?.S ?? '' };
}

export function purchaseFromItem(item: DynamoItem): Purchase {
  const map = item.purchase_details?.M ?? {};
  const details = Object.fromEntries(purchaseDetailNames.map((name) => [name, map[name]?.S ?? ''])) as PurchaseDetails;
  return purchaseFromDetails(keyOfItem(item), details);
}

const keyAttributes = (key: PurchaseKey) => ({ customer_id: { S: key.customerId }, purchase_id: { S: key.purchaseId } });

export async function purchaseTableExists(): Promise<boolean> {
  try {
    await getDynamoDb().send(new DescribeTableCommand({ TableName: purchaseTableName() }));
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

/** The workshop's table: partition key customer_id, sort key purchase_id, on-demand billing. */
export function purchaseTableDefinition(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'customer_id', AttributeType: 'S' },
      { AttributeName: 'purchase_id', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'customer_id', KeyType: 'HASH' },
      { AttributeName: 'purchase_id', KeyType: 'RANGE' },
    ],
  };
}

async function createPurchaseTable(): Promise<void> {
  const client = getDynamoDb();
  const TableName = purchaseTableName();
  try {
    await client.send(
      new CreateTableCommand(purchaseTableDefinition(TableName)),
    );
  } catch (error) {
    // Another caller created it at the same moment: fine, wait for it below.
    if ((error as { name?: string })?.name !== 'ResourceInUseException') throw error;
  }
  await waitUntilTableExists({ client, maxWaitTime: 120, minDelay: 1, maxDelay: 5 }, { TableName });
}

/** Drops the table; nothing to do when it is missing. */
export async function deletePurchaseTable(): Promise<void> {
  const client = getDynamoDb();
  const TableName = purchaseTableName();
  try {
    await client.send(new DeleteTableCommand({ TableName }));
    await waitUntilTableNotExists({ client, maxWaitTime: 120, minDelay: 1, maxDelay: 5 }, { TableName });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}

/** Drops and recreates the table, as DMS's "drop tables on target" preparation does. */
export async function recreatePurchaseTable(): Promise<void> {
  await deletePurchaseTable();
  await createPurchaseTable();
}

/** GetItem on the full key, timed for the GetItem latency series; null when there is no item. */
export async function getPurchaseItem(key: PurchaseKey): Promise<DynamoItem | null> {
  try {
    const result = await timedGetItem({ TableName: purchaseTableName(), Key: keyAttributes(key) });
    return result.Item ?? null;
  } catch (error) {
    if (isNotFound(error)) throw tableMissing();
    throw error;
  }
}

/** Query on the partition key: every purchase item of one customer. */
export async function queryCustomerItems(customerId: string): Promise<DynamoItem[]> {
  const items: DynamoItem[] = [];
  let startKey: DynamoItem | undefined;
  try {
    do {
      const page = await getDynamoDb().send(
        new QueryCommand({
          TableName: purchaseTableName(),
          KeyConditionExpression: 'customer_id = :c',
          ExpressionAttributeValues: { ':c': { S: customerId } },
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  } catch (error) {
    if (isNotFound(error)) throw tableMissing();
    throw error;
  }
  return items;
}

/** Items in the table, by a parallel Scan with Select COUNT (DescribeTable's count is not live). */
export async function countPurchaseItems(segments = 4): Promise<number> {
  const client = getDynamoDb();
  const counts = await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let count = 0;
      let startKey: DynamoItem | undefined;
      do {
        const page = await client.send(
          new ScanCommand({ TableName: purchaseTableName(), Select: 'COUNT', Segment: segment, TotalSegments: segments, ExclusiveStartKey: startKey }),
        );
        count += page.Count ?? 0;
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return count;
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

const keyString = (key: PurchaseKey) => `${key.customerId}\u0000${key.purchaseId}`;

/** Reads many items by key (BatchGetItem, 100 at a time, unprocessed keys retried). */
export async function batchGetPurchaseItems(keys: readonly PurchaseKey[]): Promise<Map<string, DynamoItem>> {
  const found = new Map<string, DynamoItem>();
  const TableName = purchaseTableName();
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    const chunk: DynamoItem[] = keys.slice(start, start + BATCH_GET_LIMIT).map(keyAttributes);
    await retryRemaining(
      chunk,
      async (pending) => {
        const result = await getDynamoDb().send(new BatchGetItemCommand({ RequestItems: { [TableName]: { Keys: [...pending] } } }));
        for (const item of result.Responses?.[TableName] ?? []) found.set(keyString(keyOfItem(item)), item);
        return result.UnprocessedKeys?.[TableName]?.Keys ?? [];
      },
      isRetryableWriteError,
      { baseMs: 50, capMs: 2_000, maxStalledAttempts: 8 },
    );
  }
  return found;
}

export function itemKeyString(key: PurchaseKey): string {
  return keyString(key);
}

const retryableNames = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
]);

/** Throttling, server-side and connection errors are worth another try; validation errors are not. */
function isRetryableWriteError(error: unknown): boolean {
  const { name, code, $retryable } = (error ?? {}) as { name?: string; code?: string; $retryable?: unknown };
  if ((name && retryableNames.has(name)) || $retryable) return true;
  return /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/i.test(`${code ?? ''} ${(error as Error)?.message ?? ''}`);
}

/** One BatchWriteItem of up to 25 puts, unprocessed items and throttling retried with backoff and jitter. */
export async function writePurchaseBatch(requests: readonly WriteRequest[]): Promise<RetryOutcome> {
  const TableName = purchaseTableName();
  return retryRemaining(
    requests,
    async (pending) => {
      const result = await getDynamoDb().send(new BatchWriteItemCommand({ RequestItems: { [TableName]: [...pending] } }));
      return result.UnprocessedItems?.[TableName] ?? [];
    },
    isRetryableWriteError,
    { baseMs: 50, capMs: 2_000, maxStalledAttempts: 10 },
  );
}
