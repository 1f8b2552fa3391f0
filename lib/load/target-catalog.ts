/**
 * The endpoints a load run may target, by id. The browser and the CLI only ever send one of these
 * ids; the server builds the URL from its own address. Client-safe: pure data.
 */

export type Scenario = 'lookup' | 'order' | 'ping';
export type Side = 'legacy' | 'modern';

export const targetIds = ['lookup.relational', 'lookup.dynamodb', 'order.legacy', 'order.redis', 'order.naive', 'ping'] as const;
export type TargetId = (typeof targetIds)[number];

export interface TargetInfo {
  id: TargetId;
  scenario: Scenario;
  side: Side | null;
  label: string;
  /** The lean path, without the query string. */
  path: string;
  /** Lookup targets take a purchase key per request. */
  keyed: boolean;
  description: string;
}

export const targetCatalog: Record<TargetId, TargetInfo> = {
  'lookup.relational': {
    id: 'lookup.relational',
    scenario: 'lookup',
    side: 'legacy',
    label: 'Relational join',
    path: '/api/lookup/relational',
    keyed: true,
    description: 'Four normalized tables joined per request',
  },
  'lookup.dynamodb': {
    id: 'lookup.dynamodb',
    scenario: 'lookup',
    side: 'modern',
    label: 'DynamoDB GetItem',
    path: '/api/lookup/dynamodb',
    keyed: true,
    description: 'One pivoted item read by its key',
  },
  'order.legacy': {
    id: 'order.legacy',
    scenario: 'order',
    side: 'legacy',
    label: 'SELECT … FOR UPDATE',
    path: '/api/order/legacy',
    keyed: false,
    description: 'The hot stock row locked per order',
  },
  'order.redis': {
    id: 'order.redis',
    scenario: 'order',
    side: 'modern',
    label: 'Redis (atomic)',
    path: '/api/order/redis',
    keyed: false,
    description: 'An atomic take-one on the stock key',
  },
  'order.naive': {
    id: 'order.naive',
    scenario: 'order',
    side: 'modern',
    label: 'Redis (read, then decrement)',
    path: '/api/order/naive',
    keyed: false,
    description: "The workshop's two-step code, which can oversell",
  },
  ping: {
    id: 'ping',
    scenario: 'ping',
    side: null,
    label: 'Ping',
    path: '/api/ping',
    keyed: false,
    description: 'Constant JSON: the ceiling of the generator and the lean path',
  },
};

export const showdownScenarios = ['lookup', 'order'] as const;
export type ShowdownScenario = (typeof showdownScenarios)[number];

/** The default pair of each showdown, and which modern sides may stand in. */
export const showdownPairs: Record<ShowdownScenario, { legacy: TargetId; modern: TargetId; modernChoices: TargetId[] }> = {
  lookup: { legacy: 'lookup.relational', modern: 'lookup.dynamodb', modernChoices: ['lookup.dynamodb'] },
  order: { legacy: 'order.legacy', modern: 'order.redis', modernChoices: ['order.redis', 'order.naive'] },
};

export function isTargetId(value: string): value is TargetId {
  return (targetIds as readonly string[]).includes(value);
}

/** Resolves the CLI's "<scenario> <path>" words to a target id ("order redis" → order.redis, "ping" → ping). */
export function targetIdFromWords(scenario: string, path: string | undefined): TargetId | null {
  if (scenario === 'ping') return 'ping';
  const candidate = `${scenario}.${path ?? ''}`;
  return isTargetId(candidate) ? candidate : null;
}
