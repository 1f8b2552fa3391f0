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
    reply = await inRedis((client) => runScript(client, TAKE_ONE_SHA, TAKE_ONE_SCRIPT, [token, RECENT_TAKES_KEPT]));
  } catch (error) {
    if (!(error instanceof NotSent)) reconcileLater(token);
    throw error;
  }
  const left = toInteger(reply, 'the take-one script');
  if (left === -2) throw missingKey();
  return { left: left === -1 ? null : left, giveBack };
}

/** The naive path's first round trip. */
export async function readStockNaively(): Promise<number> {
  const reply = await inRedis((client) => client.call(NAIVE_READ, [offerKeys().stock]));
  if (reply === null) throw missingKey();
  return toInteger(reply, NAIVE_READ);
}

/** The naive path's second round trip: may go below zero when others decremented in between. */
export async function decrementNaively(): Promise<number> {
  return toInteger(await inRedis((client) => client.call(NAIVE_DECREMENT, [offerKeys().stock])), NAIVE_DECREMENT);
}

/** The naive path's give-back: one attempt, no reconciliation. */
export async function incrementNaively(): Promise<void> {
  await inRedis((client) => client.call(NAIVE_GIVE_BACK, [offerKeys().stock]));
}
