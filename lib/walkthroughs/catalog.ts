/**
 * The two guided walkthroughs as data: their steps in the workshops' order, what each step's
 * primary action sends, and the settings it starts from. Client-safe (no server imports): the
 * pages, the progress computation and the e2e tests read the same definitions. Every word shown
 * for a step lives in messages/<locale>/walkthrough.json under `<name>.steps.<step>`.
 */

export const walkthroughNames = ['purchase-lookup', 'limited-offer'] as const;
export type WalkthroughName = (typeof walkthroughNames)[number];

export const lookupStepIds = ['legacy-data', 'staging', 'migrate', 'legacy-load', 'dynamodb-load', 'getitem', 'summary'] as const;
export type LookupStepId = (typeof lookupStepIds)[number];

export const offerStepIds = ['reset', 'legacy-sale', 'code-paths', 'redis-sale', 'naive-oversell', 'audit', 'summary'] as const;
export type OfferStepId = (typeof offerStepIds)[number];

export type StepId = LookupStepId | OfferStepId;

export const walkthroughSteps: { 'purchase-lookup': readonly LookupStepId[]; 'limited-offer': readonly OfferStepId[] } = {
  'purchase-lookup': lookupStepIds,
  'limited-offer': offerStepIds,
};

export function isWalkthroughName(value: string): value is WalkthroughName {
  return (walkthroughNames as readonly string[]).includes(value);
}

export function isStepOf(name: WalkthroughName, step: string): step is StepId {
  return (walkthroughSteps[name] as readonly string[]).includes(step);
}

/** The step before and after `step`, for Back and Next. */
export function neighbours(name: WalkthroughName, step: StepId): { previous: StepId | null; next: StepId | null } {
  const steps = walkthroughSteps[name] as readonly StepId[];
  const index = steps.indexOf(step);
  return { previous: index > 0 ? steps[index - 1]! : null, next: index >= 0 && index < steps.length - 1 ? steps[index + 1]! : null };
}

/** What the steps' primary actions start from; the attendee may change the numbers on the page. */
export const lookupDefaults = {
  /** The workshop migrated 100,000 rows. */
  purchases: 100_000,
  /** The workshop's date (2022-03-06), so every room gets the same data set. */
  seed: 20_220_306,
  /** Gatling's "active: 2" users. */
  connections: 2,
  /** The workshop ran minutes (10 for the DynamoDB side, for CloudWatch's 1-minute points). */
  durationSeconds: 60,
} as const;

export const offerDefaults = {
  /** `set prod-001-quantity 3000` and `ab -c 150 -n 3000`. */
  stock: 3_000,
  connections: 150,
  requests: 3_000,
  /** The naive path oversells only when more orders arrive than there are units. */
  naive: { stock: 100, connections: 150, requests: 300 },
  /** The code step's race: this many orders at once for a single unit. */
  race: { stock: 1, orders: 10 },
} as const;
