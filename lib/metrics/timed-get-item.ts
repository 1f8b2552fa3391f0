import 'server-only';
import { GetItemCommand, type DynamoDBClient, type GetItemCommandInput, type GetItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { recordGetItemLatency } from '@/lib/metrics/getitem-timings';

/**
 * A GetItem whose round trip is recorded for the latency panel. Like CloudWatch's
 * SuccessfulRequestLatency, only successful calls count: a failed one is thrown, not timed.
 */
export async function timedGetItem(input: GetItemCommandInput, client: DynamoDBClient = getDynamoDb()): Promise<GetItemCommandOutput> {
  const started = performance.now();
  const output = await client.send(new GetItemCommand(input));
  recordGetItemLatency(performance.now() - started);
  return output;
}
