import 'server-only';
import { RECENT_TAKES_KEPT } from '@/lib/scenarios/limited-offer/offer-constants';
import { inRedis, missingKey, NotSent, runScript, toInteger } from '@/lib/scenarios/limited-offer/redis-commands';
import { giveBackToken, newToken, reconcileLater } from '@/lib/scenarios/limited-offer/redis-reconciliation';
import { NAIVE_DECREMENT, NAIVE_GIVE_BACK, NAIVE_READ, offerKeys, TAKE_ONE_SCRIPT, TAKE_ONE_SHA } from '@/lib/scenarios/limited-offer/redis-scripts';

// The offer's Redis side: taking a unit and giving it back, atomically or the workshop's naive way.

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
      reconcileLater(token);
    }
  };
  let reply: unknown;
  try {
    const { stock, recentTakes, resetEpoch } = offerKeys();
    reply = await inRedis((client) => runScript(client, TAKE_ONE_SHA, TAKE_ONE_SCRIPT, [stock, recentTakes, resetEpoch], [token, RECENT_TAKES_KEPT]));
  } catch (error) {
    if (!(error instanceof NotSent)) reconcileLater(token);
    throw error;
  }
  const [leftReply, epochReply] = Array.isArray(reply) ? reply : [reply, 0];
  const left = toInteger(leftReply, 'the take-one script');
  const epoch = toInteger(epochReply, 'the take-one script');
  if (left === -2) throw missingKey();
  return { left: left === -1 ? null : left, epoch, giveBack };
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
