import 'server-only';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { getConfig } from '@/lib/config';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';

/** Region from AWS_REGION (the lookup table's region); credentials from the SDK's default chain. */
export function getCloudWatch(): CloudWatchClient {
  return processSingleton('cloudwatch-client', () => {
    const config = getConfig();
    return new CloudWatchClient({
      region: config.AWS_REGION,
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 8_000 },
    });
  });
}

export function closeCloudWatch(): void {
  releaseProcessSingleton<CloudWatchClient>('cloudwatch-client')?.destroy();
}
