import 'server-only';
import { createHash } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { RECENT_TAKES_KEPT, RECENT_TAKES_KEY, STOCK_KEY } from '@/lib/scenarios/limited-offer/offer-constants';

// The offer's Redis side, part 1 of 4: the scripts and commands, and the keys they touch.
// redis-commands.ts sends them, redis-take.ts and redis-reconciliation.ts take and give back units,
// redis-stock.ts sets and reads the stock.

/**
 * The atomic take-one. Redis runs a script as one command, so no other client can read or
 * change the stock between the check and the decrement: the stock never goes below zero.
 * The take's token is remembered so a take whose reply was lost can be given back exactly once.
 * Replies: units left after the take, -1 when sold out, -2 when the stock key is missing.
 */
export const TAKE_ONE_SCRIPT = `local stock = tonumber(redis.call('GET', KEYS[1]))
if stock == nil then return -2 end
if stock <= 0 then return -1 end
local left = redis.call('DECR', KEYS[1])
redis.call('LPUSH', KEYS[2], ARGV[1])
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[2]) - 1)
return left`;

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
export const TAKE_ONE_SHA = sha1(TAKE_ONE_SCRIPT);
export const GIVE_BACK_SHA = sha1(GIVE_BACK_SCRIPT);

/**
 * The two keys the scripts touch. A Redis Cluster runs a script only when all its keys live in
 * one slot, so there both carry the hash tag {prod-001}; standalone Redis keeps the workshop's
 * own key name, so `redis-cli get prod-001-quantity` still works.
 */
export function offerKeys(): { stock: string; recentTakes: string } {
  if (!getConfig().REDIS_CLUSTER) return { stock: STOCK_KEY, recentTakes: RECENT_TAKES_KEY };
  const tag = (key: string) => key.replace(/^prod-001-/, '{prod-001}-');
  return { stock: tag(STOCK_KEY), recentTakes: tag(RECENT_TAKES_KEY) };
}

/** The commands as the page shows them, built from the constants above. */
export function redisCommandText() {
  const { stock, recentTakes } = offerKeys();
  return {
    take: `EVALSHA ${TAKE_ONE_SHA} 2 ${stock} ${recentTakes} <order token> ${RECENT_TAKES_KEPT}`,
    giveBack: `EVALSHA ${GIVE_BACK_SHA} 2 ${stock} ${recentTakes} <order token>`,
    naiveRead: `${NAIVE_READ} ${stock}`,
    naiveDecrement: `${NAIVE_DECREMENT} ${stock}`,
    naiveGiveBack: `${NAIVE_GIVE_BACK} ${stock}`,
    reset: `MULTI; SET ${stock} <N>; DEL ${recentTakes}; EXEC`,
  };
}
