import 'server-only';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
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

export async function pingDynamoDb(): Promise<BackendInfo> {
  const config = getConfig();
  await getDynamoDb().send(new ListTablesCommand({ Limit: 1 }));
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
