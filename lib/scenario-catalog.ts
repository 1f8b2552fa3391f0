/**
 * The scenarios' targets as the page, the API's input schemas and the CLI see them: one list,
 * typed by the scenarios' own names. Client-safe (pure data and types); lib/scenarios.ts is the
 * server half that plugs the same scenarios into the lean handler, the engine and the metrics.
 */
import { z } from 'zod';
import type { ShowdownPair, TargetInfo } from '@/lib/load/load-target';
import { runSettingsSchema } from '@/lib/load/run-settings';
import type * as Engine from '@/lib/load/run-types';
import { offerCatalog, type OfferRunNotes, type OrderOutcomeCounts } from '@/lib/scenarios/limited-offer/catalog';
import { pingCatalog } from '@/lib/scenarios/ping/catalog';
import { lookupCatalog, type LookupRunNotes } from '@/lib/scenarios/purchase-lookup/catalog';

// One line per scenario; lib/scenarios.ts has the matching line for its routes and load targets.
const catalogs = [pingCatalog, lookupCatalog, offerCatalog] as const;

type Catalog = (typeof catalogs)[number];
type Target = Catalog['targets'][number];
export type TargetId = Target['id'];
export type Scenario = Target['scenario'];
export type ShowdownScenario = NonNullable<Catalog['showdown']>['scenario'];

;
export type { TargetInfo } from '@/lib/load/load-target';

export const targetIds = catalogs.flatMap((catalog) => catalog.targets.map((target) => target.id)) as [TargetId, ...TargetId[]];

export const targetCatalog = Object.fromEntries(catalogs.flatMap((catalog) => catalog.targets.map((target) => [target.id, target]))) as Record<
  TargetId,
  TargetInfo & { id: TargetId; scenario: Scenario }
>;

const pairs = catalogs.flatMap((catalog): ShowdownPair[] => (catalog.showdown ? [catalog.showdown] : []));

export const showdownScenarios = pairs.map((pair) => pair.scenario) as [ShowdownScenario, ...ShowdownScenario[]];

/** The default pair of each showdown, and which modern sides may stand in. */
export const showdownPairs = Object.fromEntries(pairs.map(({ scenario, ...pair }) => [scenario, pair])) as Record<
  ShowdownScenario,
  { legacy: TargetId; modern: TargetId; modernChoices: TargetId[] }
>;

function isTargetId(value: string): value is TargetId {
  return (targetIds as readonly string[]).includes(value);
}

/** Resolves the CLI's "<scenario> <path>" words to a target id ("order redis" → order.redis, "ping" → ping). */
export function targetIdFromWords(scenario: string, path: string | undefined): TargetId | null {
  if (isTargetId(scenario)) return scenario;
  const candidate = `${scenario}.${path ?? ''}`;
  return isTargetId(candidate) ? candidate : null;
}

/** Inputs of POST /api/runs and /api/runs/showdown, shared by the handlers, the page and the CLI. */
export const startRunBodySchema = z
  .object({
    targetId: z.enum(targetIds, { error: `targetId must be one of ${targetIds.join(', ')}` }),
    settings: runSettingsSchema,
  })
  .strict();

export const startShowdownBodySchema = z
  .object({
    scenario: z.enum(showdownScenarios, { error: `scenario must be ${showdownScenarios.join(' or ')}` }),
    mode: z.enum(['fair', 'race'], { error: 'mode must be "fair" (one side after the other) or "race" (both at once)' }).default('fair'),
    modernTargetId: z.enum(targetIds).optional(),
    settings: runSettingsSchema,
  })
  .strict();

/** The engine's records as the page reads them: every scenario's outcome counters and notes by name. */
type Outcomes = OrderOutcomeCounts;
type Notes = LookupRunNotes & OfferRunNotes;
export type RunRecord = Engine.RunRecord<Outcomes, Notes>;
export type RunListItem = Engine.RunListItem<Outcomes, Notes>;
export type ShowdownState = Omit<Engine.ShowdownState, 'scenario' | 'legacyTargetId' | 'modernTargetId'> & {
  scenario: ShowdownScenario;
  legacyTargetId: TargetId;
  modernTargetId: TargetId;
};
export type ActiveJob = Engine.ActiveJob<ShowdownState>;
export type LiveEvent = Engine.LiveEvent<RunRecord, Outcomes, ShowdownState>;
