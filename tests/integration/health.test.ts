import { afterAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closeRedis } from '@/lib/db/redis/client';
import { checkHealth } from '@/lib/health/check-health';
import { startRedis } from '../../scripts/stack/start-redis';
import type { StartedBackend } from '../../scripts/stack/started-backend';

const log = () => undefined;

async function redisHealth() {
  const health = await checkHealth();
  return health.backends.find((b) => b.backend === 'redis')!;
}

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (accept(value)) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('health', () => {
  it('reports every embedded backend ok with its real engine and version', async () => {
    const health = await checkHealth();
    expect(health.ok).toBe(true);
    // The Node serving the request, as the status page shows it (npm test runs on Node 24).
    expect(health.node).toBe(process.version);
    const byName = Object.fromEntries(health.backends.map((b) => [b.backend, b]));
    expect(byName.relational).toMatchObject({ ok: true, engine: 'PostgreSQL' });
    expect(byName.relational?.ok && byName.relational.version).toMatch(/^18\./);
    expect(byName.redis?.ok && byName.redis.version).toMatch(/^\d+\.\d+/);
    expect(byName.dynamodb).toMatchObject({ ok: true, engine: expect.stringContaining('dynalite') });
    for (const backend of health.backends) {
      expect(backend.ok && backend.address).toMatch(/^127\.0\.0\.1:\d+$/);
    }
  });

  describe('a backend that stops and comes back', () => {
    // Beside the suite's own Redis (26379 + offset), never the one the suite uses.
    const port = Number(new URL(process.env.REDIS_URL!).port) + 11;
    let redis: StartedBackend | undefined;
    const originalUrl = process.env.REDIS_URL;

    afterAll(async () => {
      await redis?.stop();
      await closeRedis();
      process.env.REDIS_URL = originalUrl;
      resetConfigForTests();
    });

    it('turns red within 2 s with a readable error, and green again without a restart', async () => {
      const dataDir = `${process.env.TEST_DATA_DIR}/health-redis`;
      redis = await startRedis({ port, dataDir, log });
      process.env.REDIS_URL = redis.env.REDIS_URL;
      resetConfigForTests();
      await closeRedis();
      expect((await redisHealth()).ok).toBe(true);

      await redis.stop();
      const down = await waitFor(redisHealth, (h) => !h.ok, 2_000);
      expect(down.ms).toBeLessThan(2_000);
      expect(down.value.ok === false && down.value.error).toMatch(/\w{4,}/);

      redis = await startRedis({ port, dataDir, log });
      const up = await waitFor(redisHealth, (h) => h.ok, 5_000);
      expect(up.value.ok).toBe(true);
    });
  });
});
