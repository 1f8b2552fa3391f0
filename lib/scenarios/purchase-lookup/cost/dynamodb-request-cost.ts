import 'server-only';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { itemSizeBytes, type ItemValue } from '@/lib/scenarios/purchase-lookup/cost/request-cost-math';
import { purchaseTableName } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';

export interface DynamoSample {
  key: PurchaseKey;
  /** What DynamoDB reported for this GetItem (ReturnConsumedCapacity TOTAL). */
  readUnits: number;
  itemBytes: number;
  /** Bytes of the GetItem's HTTP response body. */
  responseBytes: number;
  /** A GetItem on the full primary key reads one item from the one partition its partition key hashes to. */
  partitions: 1;
  found: boolean;
}

/**
 * The lookup's GetItem for each purchase, as the app sends it (eventually consistent, full key),
 * with ReturnConsumedCapacity TOTAL: the engine's own count of read units, not an estimate. The
 * response size is read off the HTTP response as it arrives.
 */
export async function measureDynamoLookups(keys: readonly PurchaseKey[]): Promise<DynamoSample[]> {
  const samples: DynamoSample[] = [];
  for (const key of keys) {
    let responseBytes = 0;
    const command = new GetItemCommand({
      TableName: purchaseTableName(),
      Key: { customer_id: { S: key.customerId }, purchase_id: { S: key.purchaseId } },
      ReturnConsumedCapacity: 'TOTAL',
    });
    command.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const response = result.response as { headers?: Record<string, string>; body?: unknown };
        const length = Number(response.headers?.['content-length']);
        if (Number.isFinite(length)) responseBytes = length;
        return result;
      },
      { step: 'deserialize', name: 'measureResponseBytes' },
    );
    const output = await getDynamoDb().send(command);
    samples.push({
      key,
      readUnits: output.ConsumedCapacity?.CapacityUnits ?? 0,
      itemBytes: output.Item ? itemSizeBytes(output.Item as Record<string, ItemValue>) : 0,
      responseBytes,
      partitions: 1,
      found: output.Item !== undefined,
    });
  }
  return samples;
}
