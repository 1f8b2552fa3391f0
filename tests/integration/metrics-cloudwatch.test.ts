import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closeCloudWatch } from '@/lib/metrics/cloudwatch-client';
import { createMetricsSource } from '@/lib/metrics/metrics-source';
import { readGetItemLatency } from '@/lib/metrics/read-getitem-latency';

// The real SDK default chain with nothing to find: no keys, no profile files, no instance role.
const credentialVariables = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI'];
const saved: Record<string, string | undefined> = {};

beforeAll(() => {
  for (const name of [...credentialVariables, 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE', 'AWS_EC2_METADATA_DISABLED']) saved[name] = process.env[name];
  for (const name of credentialVariables) delete process.env[name];
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/aws/credentials';
  process.env.AWS_CONFIG_FILE = '/nonexistent/aws/config';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  closeCloudWatch();
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  closeCloudWatch();
  resetConfigForTests();
});

describe('AWS mode without credentials', () => {
  it('answers quickly with a no-credentials message from the real SDK, not an empty chart', async () => {
    const source = createMetricsSource({ CLOUDWATCH_ENABLED: true, LOOKUP_TABLE: 'purchase_t', AWS_REGION: 'ap-northeast-2' });
    const started = Date.now();
    const report = await readGetItemLatency({ window: 15, resolution: 'minute' }, { source });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.mode).toBe('cloudwatch');
    expect(report.refreshSeconds).toBe(60);
    expect(report.getItem.source).toBe('cloudwatch');
    expect(report.getItem.points).toEqual([]);
    expect(report.getItem.message?.reason).toBe('no_credentials');
    expect(report.getItem.message?.text).toMatch(/No AWS credentials/);
  });
});
