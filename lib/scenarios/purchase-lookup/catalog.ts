/** The purchase lookup's load targets as the page lists them, and its showdown. Client-safe: pure data. */
import type { ShowdownPair, TargetInfo } from '@/lib/load/load-target';

export const lookupTargets = {
  relational: {
    id: 'lookup.relational',
    scenario: 'lookup',
    side: 'legacy',
    label: 'Relational join',
    path: '/api/lookup/relational',
    keyed: true,
    query: 'customerId=…&purchaseId=…',
    description: 'Four normalized tables joined per request',
    backend: 'relational',
  },
  dynamodb: {
    id: 'lookup.dynamodb',
    scenario: 'lookup',
    side: 'modern',
    label: 'DynamoDB GetItem',
    path: '/api/lookup/dynamodb',
    keyed: true,
    query: 'customerId=…&purchaseId=…',
    description: 'One pivoted item read by its key',
    backend: 'dynamodb',
  },
} as const satisfies Record<string, TargetInfo>;

const lookupShowdown = {
  scenario: 'lookup',
  legacy: lookupTargets.relational.id,
  modern: lookupTargets.dynamodb.id,
  modernChoices: [lookupTargets.dynamodb.id],
} as const satisfies ShowdownPair;

/** What a lookup run's record notes: how many distinct purchases were sampled and the seed of their order. */
export interface LookupRunNotes {
  keys: { count: number; seed: number };
}

export const lookupCatalog = { targets: Object.values(lookupTargets), showdown: lookupShowdown };
