import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { processSingleton } from '@/lib/db/process-singleton';
import { getRedis, type RedisClient } from '@/lib/db/redis/client';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import { getConfig } from '@/lib/config';
import { RECENT_TAKES_KEPT, RECENT_TAKES_KEY, RESET_EPOCH_KEY, STOCK_KEY } from '@/lib/offer/offer-constants';

/**
 * The atomic take-one. Redis runs a script as one command, so no other client can read or
 * change the stock between the check and the decrement: the stock never goes below zero.
 * The take's token is remembered so a take whose reply was lost can be given back exactly once.
 * Replies: { units left after the take, the reset epoch it belongs to }; left is -1 when sold
 * out, -2 when the stock key is missing.
 */
export const TAKE_ONE_SCRIPT = `local epoch = tonumber(redis.call('GET', KEYS[3]) or '0')
local stock = tonumber(redis.call('GET', KEYS[1]))
if stock == nil then return {-2, epoch} end
if stock <= 0 then return {-1, epoch} end
local left = redis.call('DECR', KEYS[1])
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[2]) - 1)
return {left, epoch}`;

/**
 * Gives one order's unit back, only if its take happened and was not given back before:
 * removing the token and incrementing happen together, so a retry can never add a unit twice.
 */
export const GIVE_BACK_SCRIPT = `if redis.call('LREM', KEYS[2], 1, ARGV[1]) == 1 then
  return redis.call('INCR', KEYS[1])
end
return -1`;

/** The workshop's two round trips, kept on purpose: between them other orders read the same stock. */
export const NAIVE_READ = 'GET';
export const NAIVE_DECREMENT = 'DECR';
/** The naive path puts a unit back with a plain increment, as naive code would. */
export const NAIVE_GIVE_BACK = 'INCR';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const TAKE_ONE_SHA = sha1(TAKE_ONE_SCRIPT);
const GIVE_BACK_SHA = sha1(GIVE_BACK_SCRIPT);

/**
 * The two keys the scripts touch. A Redis Cluster runs a script only when all its keys live in
 * one slot, so there both carry the hash tag {prod-001}; standalone Redis keeps the workshop's
 * own key name, so `redis-cli get prod-001-quantity` still works.
 */
export function offerKeys(): { stock: string; recentTakes: string; resetEpoch: string } {
  if (!getConfig().REDIS_CLUSTER) return { stock: STOCK_KEY, recentTakes: RECENT_TAKES_KEY, resetEpoch: RESET_EPOCH_KEY };
  const tag = (key: string) => key.replace(/^prod-001-/, '{prod-001}-');
  return { stock: tag(STOCK_KEY), recentTakes: tag(RECENT_TAKES_KEY), resetEpoch: tag(RESET_EPOCH_KEY) };
}

/** The commands as the page shows them, built from the constants above. */
export function redisCommandText() {
  const { stock, recentTakes, resetEpoch } = offerKeys();
  return {
    take: `EVALSHA ${TAKE_ONE_SHA} 3 ${stock} ${recentTakes} ${resetEpoch} <order token> ${RECENT_TAKES_KEPT}`,
    giveBack: `EVALSHA ${GIVE_BACK_SHA} 2 ${stock} ${recentTakes} <order token>`,
    naiveRead: `${NAIVE_READ} ${stock}`,
    naiveDecrement: `${NAIVE_DECREMENT} ${stock}`,
    naiveGiveBack: `${NAIVE_GIVE_BACK} ${stock}`,
    reset: `MULTI; SET ${stock} <N>; SET ${resetEpoch} <epoch>; DEL ${recentTakes}; EXEC`,
  };
}

const connecting = new WeakMap<RedisClient, Promise<RedisClient>>();

/**
 * The shared client, fail-fast: while a connection is being made (start-up) it waits for the
 * connection to be ready or to fail, whichever comes first (one wait shared by every caller);
 * while Redis is known to be down (reconnecting) it fails at once, so an order answers 503 well
 * within a second.
 */
export function redisForOrders(): Promise<RedisClient> {
  const client = getRedis();
  if (client.status === 'ready') return Promise.resolve(client);
  if (client.status === 'reconnecting' || client.status === 'close' || client.status === 'end') {
    return Promise.reject(new AppError('unavailable', `Redis is not reachable (connection ${client.status})`));
  }
  const pending = connecting.get(client);
  if (pending) return pending;
  const wait = new Promise<RedisClient>((resolve, reject) => {
    const settle = (error?: Error) => {
      client.off('ready', onReady);
      client.off('close', onClose);
      clearTimeout(timer);
      connecting.delete(client);
      if (error) reject(error);
      else resolve(client);
    };
    const onReady = () => settle();
    const onClose = () => settle(new AppError('unavailable', 'Redis is not reachable (connection refused or closed)'));
    const timer = setTimeout(() => settle(new AppError('unavailable', `Redis is not reachable (connection ${client.status})`)), 900);
    client.once('ready', onReady);
    client.once('close', onClose);
  });
  connecting.set(client, wait);
  return wait;
}

/** The command never reached Redis: it certainly did not run. */
class NotSent extends AppError {}

/**
 * Runs commands on a ready client. A command in flight when the connection drops fails with
 * ioredis's MaxRetriesPerRequestError (no retries are allowed): Redis unreachable, a 503.
 */
async function inRedis<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
  let client: RedisClient;
  try {
    client = await redisForOrders();
  } catch (error) {
    throw new NotSent('unavailable', describeError(error));
  }
  try {
    return await command(client);
  } catch (error) {
    if (error instanceof Error && error.name === 'MaxRetriesPerRequestError') {
      throw new AppError('unavailable', 'Redis is not reachable (the connection dropped while a command was in flight)');
    }
    throw error;
  }
}

/** EVALSHA, loading the script with EVAL when Redis does not know it (first use, or after a restart). */
async function runScript(client: RedisClient, sha: string, script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await client.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    // NOSCRIPT means the script did not run, so running it now is not a second run.
    if (!/NOSCRIPT/.test(describeError(error))) throw error;
    return client.eval(script, keys.length, ...keys, ...args);
  }
}

function toInteger(reply: unknown, what: string): number {
  const value = typeof reply === 'number' ? reply : Number(reply);
  if (reply === null || !Number.isInteger(value)) throw new Error(`Unexpected Redis reply to ${what}: ${String(reply)}`);
  return value;
}

const missingKey = () =>
  new AppError('conflict', `The stock key ${offerKeys().stock} is not in Redis (was Redis emptied?). Reset the offer to set it again.`);

// Unique within this module copy; the random prefix keeps copies and processes apart.
const tokenPrefix = randomBytes(4).toString('hex');
let tokenCounter = 0;
const newToken = () => `${tokenPrefix}:${(tokenCounter += 1).toString(36)}`;

interface Reconciliation {
  /** Tokens of takes that may have happened and whose order did not: each to give back once. */
  tokens: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

const reconciliation = () => processSingleton<Reconciliation>('offer-take-reconciliation', () => ({ tokens: new Set(), timer: undefined }));

const RETRY_MS = 300;

async function giveBackToken(token: string): Promise<void> {
  await inRedis((client) => runScript(client, GIVE_BACK_SHA, GIVE_BACK_SCRIPT, [offerKeys().stock, offerKeys().recentTakes], [token]));
}

function scheduleReconciliation(): void {
  const state = reconciliation();
  if (state.timer || state.tokens.size === 0) return;
  state.timer = setTimeout(() => {
    void (async () => {
      for (const token of [...state.tokens]) {
        try {
          await giveBackToken(token);
          state.tokens.delete(token);
        } catch {
          break; // Redis still away: try again later.
        }
      }
      state.timer = undefined;
      scheduleReconciliation();
    })();
  }, RETRY_MS);
  state.timer.unref();
}

/** An order that holds a unit taken from Redis (or may hold one, if the take's reply was lost). */
export interface Take {
  /** Units left after the take; null when sold out. */
  left: number | null;
  /** The reset this unit was taken in; its history row carries it. */
  epoch: number;
  /** Puts the unit back, exactly once, now or as soon as Redis is reachable again. */
  giveBack(): Promise<void>;
}

/**
 * Runs the take-one script. If the take fails after it was sent, nobody knows whether Redis ran
 * it, so the token is queued for reconciliation: its unit goes back if, and only if, it was taken.
 */
export async function takeOne(): Promise<Take> {
  const token = newToken();
  const giveBack = async () => {
    try {
      await giveBackToken(token);
    } catch {
      reconciliation().tokens.add(token);
      scheduleReconciliation();
    }
  };
  let reply: unknown;
  try {
    const { stock, recentTakes, resetEpoch } = offerKeys();
    reply = await inRedis((client) => runScript(client, TAKE_ONE_SHA, TAKE_ONE_SCRIPT, [stock, recentTakes, resetEpoch], [token, RECENT_TAKES_KEPT]));
  } catch (error) {
    if (!(error instanceof NotSent)) {
      reconciliation().tokens.add(token);
      scheduleReconciliation();
    }
    throw error;
  }
  const [leftReply, epochReply] = Array.isArray(reply) ? reply : [reply, 0];
  const left = toInteger(leftReply, 'the take-one script');
  const epoch = toInteger(epochReply, 'the take-one script');
  if (left === -2) throw missingKey();
  return { left: left === -1 ? null : left, epoch, giveBack };
}

/** Takes not yet reconciled with Redis (Redis was unreachable when their order failed). */
export function takesToReconcile(): number {
  return reconciliation().tokens.size;
}

/** The naive path's first round trip. */
export async function readStockNaively(): Promise<number> {
  const reply = await inRedis((client) => client.call(NAIVE_READ, [offerKeys().stock]));
  if (reply === null) throw missingKey();
  return toInteger(reply, NAIVE_READ);
}

/**
 * The naive path's second round trip: may go below zero when others decremented in between.
 * The reset epoch is read in the same pipeline (not atomically: this path is wrong on purpose).
 */
export async function decrementNaively(): Promise<{ left: number; epoch: number }> {
  const replies = await inRedis((client) => client.pipeline().call(NAIVE_DECREMENT, offerKeys().stock).get(offerKeys().resetEpoch).exec());
  const failed = replies?.find(([error]) => error);
  if (!replies || failed) throw failed?.[0] ?? new Error('Redis discarded the naive decrement');
  return { left: toInteger(replies[0]?.[1], NAIVE_DECREMENT), epoch: replies[1]?.[1] === null ? 0 : toInteger(replies[1]?.[1], 'GET') };
}

/** The naive path's give-back: one attempt, no reconciliation. */
export async function incrementNaively(): Promise<void> {
  await inRedis((client) => client.call(NAIVE_GIVE_BACK, [offerKeys().stock]));
}

/**
 * Reset: stock set outright, the new reset epoch beside it, and the take tokens forgotten, so
 * nothing older is given back later.
 */
export async function setStock(stock: number, epoch: number): Promise<void> {
  await inRedis(async (client) => {
    const replies = await client.multi().set(offerKeys().stock, stock).set(offerKeys().resetEpoch, epoch).del(offerKeys().recentTakes).exec();
    const failed = replies?.find(([error]) => error);
    if (!replies || failed) throw failed?.[0] ?? new Error('Redis discarded the reset transaction');
  });
  const state = reconciliation();
  state.tokens.clear();
}

/** The stock in Redis, or null when the key is missing. */
export async function readStock(): Promise<number | null> {
  const reply = await inRedis((client) => client.get(offerKeys().stock));
  return reply === null ? null : toInteger(reply, 'GET');
}
