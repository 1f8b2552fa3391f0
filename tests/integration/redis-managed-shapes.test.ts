import { Cluster } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closeRedis, getReadyRedis, pingRedis } from '@/lib/db/redis/client';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { orderRedis } from '@/lib/scenarios/limited-offer/order-offer';
import { offerKeys } from '@/lib/scenarios/limited-offer/redis-scripts';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { startRedisCluster, startTlsRedis, type RedisVariant } from './support/redis-variants';

// Ports beside the suite's own Redis (26379 + offset), which these tests never touch.
const basePort = Number(new URL(process.env.REDIS_URL!).port);
const dataDir = `${process.env.TEST_DATA_DIR}/redis-variants`;

describe('Redis as managed services run it', () => {
  const original = { url: process.env.REDIS_URL, cluster: process.env.REDIS_CLUSTER, ca: process.env.REDIS_TLS_CA_FILE };
  let variant: RedisVariant | undefined;

  const pointAt = async (env: Record<string, string | undefined>) => {
    await closeRedis();
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env)) if (value === undefined) delete process.env[key];
    resetConfigForTests();
  };

  const defaultDelay = getOfferSettings().paymentDelayMs;

  afterEach(async () => {
    updateOfferSettings({ paymentDelayMs: defaultDelay });
    await variant?.stop();
    variant = undefined;
    await pointAt({ REDIS_URL: original.url, REDIS_CLUSTER: original.cluster, REDIS_TLS_CA_FILE: original.ca });
  });

  it('connects over TLS with AUTH (rediss://:password@host) and runs commands', async () => {
    variant = await startTlsRedis(basePort + 21, 'tls-test-password', dataDir);
    await pointAt({ REDIS_URL: variant.url, REDIS_TLS_CA_FILE: variant.caFile, REDIS_CLUSTER: undefined });
    const info = await pingRedis();
    expect(info.version).toMatch(/^\d+\.\d+/);
    expect(info.address).toBe(`127.0.0.1:${basePort + 21}`);
    const redis = await getReadyRedis();
    await redis.set('tls-probe', '41');
    expect(await redis.incr('tls-probe')).toBe(42);
  });

  it('refuses a TLS server whose certificate is not trusted', async () => {
    variant = await startTlsRedis(basePort + 22, 'tls-test-password', dataDir);
    await pointAt({ REDIS_URL: variant.url, REDIS_TLS_CA_FILE: undefined, REDIS_CLUSTER: undefined });
    await expect(pingRedis()).rejects.toThrow();
  });

  it('refuses a wrong password', async () => {
    variant = await startTlsRedis(basePort + 23, 'right-password', dataDir);
    await pointAt({ REDIS_URL: variant.url.replace('right-password', 'wrong-password'), REDIS_TLS_CA_FILE: variant.caFile, REDIS_CLUSTER: undefined });
    await expect(pingRedis()).rejects.toThrow();
  });

  it('works against a cluster-mode endpoint, keys spread over the nodes', async () => {
    variant = await startRedisCluster(basePort + 31, dataDir);
    await pointAt({ REDIS_URL: variant.url, REDIS_CLUSTER: 'true', REDIS_TLS_CA_FILE: undefined });
    const redis = await getReadyRedis();
    const keys = Array.from({ length: 30 }, (_, i) => `cluster-probe-${i}`);
    await Promise.all(keys.map((key, i) => redis.set(key, String(i))));
    const values = await Promise.all(keys.map((key) => redis.get(key)));
    expect(values).toEqual(keys.map((_, i) => String(i)));
    expect(redis).toBeInstanceOf(Cluster);
    const perNode = await Promise.all((redis as Cluster).nodes('master').map((node) => node.dbsize()));
    expect(perNode).toHaveLength(3);
    expect(perNode.every((count) => count > 0)).toBe(true);
    expect((await pingRedis()).version).toMatch(/^\d+\.\d+/);
  });

  it('sells exactly the stock through the atomic order path on a cluster (hash-tagged keys, one slot)', async () => {
    variant = await startRedisCluster(basePort + 41, dataDir);
    await pointAt({ REDIS_URL: variant.url, REDIS_CLUSTER: 'true', REDIS_TLS_CA_FILE: undefined });
    expect(offerKeys().stock).toBe('{prod-001}-quantity');
    updateOfferSettings({ paymentDelayMs: 0 });
    await resetOffer({ stock: 50 });
    const results = await Promise.all(Array.from({ length: 120 }, () => orderRedis()));
    expect(results.filter((r) => r.outcome === 'ordered')).toHaveLength(50);
    expect(results.filter((r) => r.outcome === 'out_of_stock')).toHaveLength(70);
    const audit = await auditOffer();
    expect(audit).toMatchObject({ remainingInRedis: 0, unitsOversold: 0, balanced: true });
  });
});
