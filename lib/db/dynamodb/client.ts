import 'server-only';
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { getConfig } from '@/lib/config';
import { describeAddress } from '@/lib/db/address';
import type { BackendInfo } from '@/lib/db/backend-info';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';

// Emulators accept any key but the SDK insists on one; AWS endpoints (including VPC endpoints)
// always use the default credential chain.
const emulatorCredentials = { accessKeyId: 'emulator', secretAccessKey: 'emulator' };

function isEmulator(endpoint: string | undefined): boolean {
  return endpoint !== undefined && !new URL(endpoint).hostname.endsWith('.amazonaws.com');
}

export function getDynamoDb(): DynamoDBClient {
  return processSingleton('dynamodb-client', () => {
    const config = getConfig();
    return new DynamoDBClient({
      region: config.AWS_REGION,
      endpoint: config.DYNAMODB_ENDPOINT,
      credentials: isEmulator(config.DYNAMODB_ENDPOINT) ? emulatorCredentials : undefined,
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000, httpAgent: { keepAlive: true, maxSockets: 256 } },
    });
  });
}

/**
 * DescribeTable on the configured table answers in milliseconds on every implementation at any
 * table size (ListTables takes seconds on dynalite with millions of items); "not found" is an
 * answer too, so it still proves the endpoint is up.
 */
export async function pingDynamoDb(): Promise<BackendInfo> {
  const config = getConfig();
  try {
    await getDynamoDb().send(new DescribeTableCommand({ TableName: config.LOOKUP_TABLE }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException) && (error as { name?: string })?.name !== 'ResourceNotFoundException') throw error;
  }
  if (config.DYNAMODB_ENDPOINT) {
    return {
      engine: config.DYNAMODB_ENGINE_LABEL ?? 'DynamoDB-compatible emulator',
      version: 'DynamoDB API 2012-08-10',
      address: describeAddress(config.DYNAMODB_ENDPOINT),
    };
  }
  return { engine: 'Amazon DynamoDB', version: 'DynamoDB API 2012-08-10', address: `dynamodb.${config.AWS_REGION}.amazonaws.com` };
}

export function closeDynamoDb(): void {
  releaseProcessSingleton<DynamoDBClient>('dynamodb-client')?.destroy();
}
