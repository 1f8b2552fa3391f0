import type { StackEnvironment } from '@/lib/config';

export type StackProfile = 'demo' | 'test' | 'bench';

/**
 * Tests use their own ports and data so they never clash with a running demo. All stay below
 * 32768, where Linux starts handing out ephemeral ports to the load generator's connections.
 */
const profileDefaults: Record<StackProfile, { pg: number; dynalite: number; redis: number; app: number; dataDir: string }> = {
  demo: { pg: 15432, dynalite: 18000, redis: 16379, app: 3000, dataDir: 'demo' },
  test: { pg: 25432, dynalite: 28000, redis: 26379, app: 3100, dataDir: 'test' },
  bench: { pg: 21432, dynalite: 21000, redis: 21379, app: 3200, dataDir: 'bench' },
};

export function resolveProfile(profile: StackProfile, env: StackEnvironment) {
  const base = profileDefaults[profile];
  const shift = env.STACK_PORT_OFFSET;
  return {
    pgPort: env.EMBEDDED_PG_PORT ?? base.pg + shift,
    dynalitePort: env.EMBEDDED_DYNALITE_PORT ?? base.dynalite + shift,
    redisPort: env.EMBEDDED_REDIS_PORT ?? base.redis + shift,
    appPort: profile === 'demo' ? env.PORT : base.app + shift,
    // A shifted stack is another checkout's or run's: its data must not be the same folder.
    dataDir: `${env.DATA_DIR}/${base.dataDir}${shift ? `-${shift}` : ''}`,
  };
}
