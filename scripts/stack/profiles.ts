import type { StackEnvironment } from '@/lib/config';

export type StackProfile = 'demo' | 'test';

/** Tests use their own ports and data so they never clash with a running demo. */
const defaults: Record<StackProfile, { pg: number; dynalite: number; redis: number; app: number; dataDir: string }> = {
  demo: { pg: 15432, dynalite: 18000, redis: 16379, app: 3000, dataDir: 'demo' },
  test: { pg: 25432, dynalite: 28000, redis: 26379, app: 3100, dataDir: 'test' },
};

export function resolveProfile(profile: StackProfile, env: StackEnvironment) {
  const base = defaults[profile];
  return {
    pgPort: env.EMBEDDED_PG_PORT ?? base.pg,
    dynalitePort: env.EMBEDDED_DYNALITE_PORT ?? base.dynalite,
    redisPort: env.EMBEDDED_REDIS_PORT ?? base.redis,
    appPort: profile === 'test' ? base.app : env.PORT,
    dataDir: `${env.DATA_DIR}/${base.dataDir}`,
  };
}
