import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { LeanRoute } from '@/lib/lean/lean-route';
import type { LoadTarget } from '@/lib/load/load-target';
import { startRun, startShowdown } from '@/lib/load/run-registry';
import { startSweep } from '@/lib/load/sweeps/run-sweep';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';
import { randomSeed } from '@/lib/random';
import { sweepSettingsOf, type StartSweepBody } from '@/lib/sweep-catalog';
import type { RunRecord, RunSettings, ShowdownMode, ShowdownState } from '@/lib/load/run-types';
import { showdownPairs, type ShowdownScenario, type TargetId } from '@/lib/scenario-catalog';
import { offerLeanRoutes, offerLoadTargets } from '@/lib/scenarios/limited-offer';
import { pingLeanRoutes, pingLoadTargets } from '@/lib/scenarios/ping';
import { lookupLeanRoutes, lookupLoadTargets } from '@/lib/scenarios/purchase-lookup';

/**
 * The wiring: the scenarios plugged into the lean handler and the load engine. The engine and the
 * lean handler know no scenario; adding one is a folder under lib/scenarios and one line here
 * (and its catalog's line in lib/scenario-catalog.ts, the client-safe half).
 */
const scenarios: Array<{ leanRoutes: LeanRoute[]; loadTargets: LoadTarget[] }> = [
  { leanRoutes: pingLeanRoutes, loadTargets: pingLoadTargets },
  { leanRoutes: lookupLeanRoutes, loadTargets: lookupLoadTargets },
  { leanRoutes: offerLeanRoutes, loadTargets: offerLoadTargets },
];

/** Every route answered on the lean path, in front of Next. */
export function getLeanRoutes(): LeanRoute[] {
  return scenarios.flatMap((scenario) => scenario.leanRoutes);
}

const loadTargets = new Map(scenarios.flatMap((scenario) => scenario.loadTargets.map((target) => [target.id, target])));

function loadTarget(id: TargetId): LoadTarget {
  const target = loadTargets.get(id);
  if (!target) throw new AppError('internal', `The load target ${id} is listed but not wired in lib/scenarios.ts.`);
  return target;
}

/** POST /api/runs: one run of a listed target. */
export function startLoadRun(input: { targetId: TargetId; settings: RunSettings }): Promise<RunRecord> {
  return startRun({ target: loadTarget(input.targetId), settings: input.settings });
}

/** POST /api/runs/showdown: a scenario's legacy side against one of its modern sides. */
export function startLoadShowdown(input: { scenario: ShowdownScenario; mode: ShowdownMode; modernTargetId?: TargetId; settings: RunSettings }): Promise<ShowdownState> {
  const pair = showdownPairs[input.scenario];
  const modernTargetId = input.modernTargetId ?? pair.modern;
  if (!pair.modernChoices.includes(modernTargetId)) {
    throw new AppError('bad_request', `${modernTargetId} cannot be the modern side of the ${input.scenario} showdown (choose ${pair.modernChoices.join(' or ')}).`);
  }
  return startShowdown({ scenario: input.scenario, mode: input.mode, legacy: loadTarget(pair.legacy), modern: loadTarget(modernTargetId), settings: input.settings });
}

/** POST /api/sweeps: a scenario's legacy and modern side through a list of levels. */
export function startLoadSweep(body: StartSweepBody): Promise<SweepRecord> {
  const settings = sweepSettingsOf(body, randomSeed());
  return startSweep({ settings, legacy: loadTarget(settings.legacyTargetId as TargetId), modern: loadTarget(settings.modernTargetId as TargetId) });
}
