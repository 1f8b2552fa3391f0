/**
 * The limited-offer scenario's fixed facts, in one place. The Redis key is named only here: a
 * Redis Cluster deployment that needs a hash tag changes this one line.
 */

/** The hot product: every order in the workshop buys product 1. */
export const HOT_PRODUCT_ID = 1;

/** HOTDEAL_LIST holds 1,000 products, as the workshop's purge resets 1,000 rows. */
export const PRODUCT_COUNT = 1_000;

/** The workshop's `redis-cli set prod-001-quantity 3000`. */
export const STOCK_KEY = 'prod-001-quantity';

/**
 * The tokens of the latest takes, newest first, so an order whose take got no answer (Redis
 * went away mid-command) can find out later whether its unit was taken and give it back exactly
 * once. Scripts touch both keys, so in Redis Cluster both need the same hash tag.
 */
export const RECENT_TAKES_KEY = 'prod-001-recent-takes';
/** The reset a take belongs to, bumped by every reset; its history row carries it. */
export const RESET_EPOCH_KEY = 'prod-001-reset-epoch';

/** How many take tokens Redis remembers: seconds of full-speed orders, a few MB at most. */
export const RECENT_TAKES_KEPT = 50_000;

export const DEFAULT_STOCK = 3_000;

/**
 * Highest stock a reset accepts. Together with the 12-character workshop body it keeps every
 * remaining count narrower than `Out Of Stock`.
 */
export const MAX_STOCK = 1_000_000;

export const ORDER_PATHS = ['legacy', 'redis', 'naive'] as const;
export type OrderPath = (typeof ORDER_PATHS)[number];

export type OrderOutcome = 'ordered' | 'out_of_stock' | 'oversold';

/** The JSON twins' body, and what every order function returns. */
export interface OrderResult {
  outcome: OrderOutcome;
  /** Units left after this order; negative only after a naive oversell. */
  remaining: number;
}

/** Seconds a reset waits for running orders before it gives up (both engines). */
export const RESET_LOCK_WAIT_S = 5;

/** What a reset that gave up on the lock answers (409, reason busy): nothing was changed. */
export const RESET_BUSY_MESSAGE = `The reset waited ${RESET_LOCK_WAIT_S} s for running orders to finish and gave up, so nothing was changed. Let the run finish (or stop it), then reset again.`;
