/** The limited offer's load targets as the page lists them, and its showdown. Client-safe: pure data. */
import type { OutcomeReader, ShowdownPair, TargetInfo } from '@/lib/load/load-target';
import type { OrderOutcome } from '@/lib/scenarios/limited-offer/offer-constants';

/** How many orders of a run ended which way, read from each answer's body; `unreadable` is the engine's. */
export type OrderOutcomeCounts = { ordered: number; outOfStock: number; oversold: number; unreadable: number };

const counters: Record<OrderOutcome, Exclude<keyof OrderOutcomeCounts, 'unreadable'>> = { ordered: 'ordered', out_of_stock: 'outOfStock', oversold: 'oversold' };

/** Every order target answers { "outcome": "ordered" | "out_of_stock" | "oversold", "remaining": n }. */
const orderOutcomes: OutcomeReader = { field: 'outcome', counters };

export const offerTargets = {
  legacy: {
    id: 'order.legacy',
    scenario: 'order',
    side: 'legacy',
    label: 'SELECT … FOR UPDATE',
    path: '/api/order/legacy',
    keyed: false,
    description: 'The hot stock row locked per order',
    backend: 'relational',
    outcomes: orderOutcomes,
  },
  redis: {
    id: 'order.redis',
    scenario: 'order',
    side: 'modern',
    label: 'Redis (atomic)',
    path: '/api/order/redis',
    keyed: false,
    description: 'An atomic take-one on the stock key',
    backend: 'redis',
    outcomes: orderOutcomes,
  },
  naive: {
    id: 'order.naive',
    scenario: 'order',
    side: 'modern',
    label: 'Redis (read, then decrement)',
    path: '/api/order/naive',
    keyed: false,
    description: "The workshop's two-step code, which can oversell",
    backend: 'redis',
    outcomes: orderOutcomes,
  },
} as const satisfies Record<string, TargetInfo>;

const offerShowdown = {
  scenario: 'order',
  legacy: offerTargets.legacy.id,
  modern: offerTargets.redis.id,
  modernChoices: [offerTargets.redis.id, offerTargets.naive.id],
} as const satisfies ShowdownPair;

/** What an order run's record notes: the stock reset before the run and the audit taken after it. */
export interface OfferRunNotes {
  offer: { stock: number; audit: unknown };
}

export const offerCatalog = { targets: Object.values(offerTargets), showdown: offerShowdown };
