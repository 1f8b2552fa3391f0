import 'server-only';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { Cluster, Redis } from 'ioredis';
import { getConfig } from '@/lib/config';
import { describeAddress } from '@/lib/db/address';
import type { BackendInfo } from '@/lib/db/backend-info';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';

export type RedisClient = Redis | Cluster;

// Commands fail at once while disconnected (no offline queue) and time out after a second, so a
// Redis outage turns into fast 503s instead of requests queued forever.
const failFast = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 1_000,
  connectTimeout: 1_000,
  retryStrategy: (attempt: number) => Math.min(100 * attempt, 500),
} as const;

function createRedisClient(): RedisClient {
  const config = getConfig();
  const url = new URL(config.REDIS_URL);
  const ca = config.REDIS_TLS_CA_FILE ? readFileSync(config.REDIS_TLS_CA_FILE) : undefined;
  const tls =
    url.protocol === 'rediss:' ? { ...(isIP(url.hostname) ? {} : { servername: url.hostname }), ...(ca ? { ca } : {}) } : undefined;
  if (config.REDIS_CLUSTER) {
    return new Cluster([{ host: url.hostname, port: Number(url.port || 6379) }], {
      enableOfflineQueue: false,
      clusterRetryStrategy: failFast.retryStrategy,
      dnsLookup: (address, callback) => callback(null, address),
      redisOptions: {
        ...failFast,
        username: url.username ? decodeURIComponent(url.username) : undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        tls,
      },
    });
  }
  const client = new Redis(config.REDIS_URL, { ...failFast, tls, lazyConnect: false });
  return client;
}

function getRedis(): RedisClient {
  return processSingleton('redis-client', () => {
    const client = createRedisClient();
    // Connection errors surface through failed commands; the client keeps reconnecting.
    client.on('error', () => undefined);
    return client;
  });
}

/** A first connection gets this long: an order must answer 503 well within a second. */
const READY_WAIT_MS = 900;

const connecting = new WeakMap<RedisClient, Promise<RedisClient>>();

const unreachable = (why: string) => new AppError('unavailable', `Redis is not reachable (${why})`);

/**
 * The client, once connected; the one ready-wait of the app. Without an offline queue a command
 * sent while the first connection is still being made would fail, so callers wait for it (one
 * wait shared by every caller) until it is ready, refused or closed, or READY_WAIT_MS passed.
 * While Redis is known to be down (reconnecting, closed) it fails at once.
 */
export function getReadyRedis(): Promise<RedisClient> {
  const client = getRedis();
  if (client.status === 'ready') return Promise.resolve(client);
  if (client.status === 'reconnecting' || client.status === 'close' || client.status === 'end') return Promise.reject(unreachable(`connection ${client.status}`));
  const pending = connecting.get(client);
  if (pending) return pending;
  const wait = new Promise<RedisClient>((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('error', onError);
      client.off('close', onClose);
      connecting.delete(client);
      if (error) reject(error);
      else resolve(client);
    };
    const onReady = () => settle();
    // A refused connection is an answer: no need to wait out the timer.
    const onError = (error: Error) => settle(unreachable(error.message));
    const onClose = () => settle(unreachable('connection refused or closed'));
    const timer = setTimeout(() => settle(unreachable(`connection ${client.status}`)), READY_WAIT_MS);
    client.once('ready', onReady);
    client.once('error', onError);
    client.once('close', onClose);
  });
  connecting.set(client, wait);
  return wait;
}

export async function pingRedis(): Promise<BackendInfo> {
  const client = await getReadyRedis();
  const info = await client.info('server');
  const version = /redis_version:([^\r\n]+)/.exec(info)?.[1] ?? 'unknown';
  const flavour = /valkey_version:/.test(info) ? 'Valkey' : 'Redis';
  return { engine: flavour, version, address: describeAddress(getConfig().REDIS_URL) };
}

export async function closeRedis(): Promise<void> {
  const client = releaseProcessSingleton<RedisClient>('redis-client');
  if (client) client.disconnect();
}
