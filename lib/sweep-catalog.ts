/**
 * The body of POST /api/sweeps, typed by the scenarios' own target ids and showdown pairs (as
 * lib/scenario-catalog.ts does for runs), shared by the page, the route and the CLI. Client-safe.
 */
import { z } from 'zod';
import { loadBounds } from '@/lib/load/run-settings';
import { defaultConcurrencyLevels, levelsSchema, sweepBounds } from '@/lib/load/sweeps/sweep-levels';
import { defaultSecondsPerLevel, defaultSweepStock } from '@/lib/load/sweeps/sweep-settings';
import type { SweepSettings } from '@/lib/load/sweeps/sweep-types';
import { thresholdsSchema } from '@/lib/load/thresholds/threshold-rules';
import { showdownPairs, showdownScenarios, targetIds } from '@/lib/scenario-catalog';

const int = (label: string, bounds: { min: number; max: number }) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(bounds.min, { error: `${label} must be between ${bounds.min.toLocaleString('en-US')} and ${bounds.max.toLocaleString('en-US')}` })
    .max(bounds.max, { error: `${label} must be between ${bounds.min.toLocaleString('en-US')} and ${bounds.max.toLocaleString('en-US')}` });

export const startSweepBodySchema = z
  .object({
    kind: z.literal('concurrency', { error: 'kind must be "concurrency"' }).default('concurrency'),
    scenario: z.enum(showdownScenarios, { error: `scenario must be ${showdownScenarios.join(' or ')}` }),
    levels: levelsSchema(sweepBounds.connections, 'levels (connections)').default([...defaultConcurrencyLevels]),
    secondsPerLevel: int('seconds per level', sweepBounds.secondsPerLevel).default(defaultSecondsPerLevel),
    modernTargetId: z.enum(targetIds, { error: `modernTargetId must be one of ${targetIds.join(', ')}` }).optional(),
    timeoutSeconds: int('timeout (s)', loadBounds.timeoutSeconds).default(10),
    stock: int('stock', loadBounds.stock).default(defaultSweepStock),
    seed: int('seed', loadBounds.seed).optional(),
    thresholds: thresholdsSchema.default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    const pair = showdownPairs[value.scenario];
    if (value.modernTargetId && !pair.modernChoices.includes(value.modernTargetId)) {
      ctx.addIssue({ code: 'custom', path: ['modernTargetId'], message: `the modern side of a ${value.scenario} sweep is ${pair.modernChoices.join(' or ')}` });
    }
  });

export type StartSweepBody = z.infer<typeof startSweepBodySchema>;

/** The sweep's settings as stored: the pair resolved, the seed fixed. */
export function sweepSettingsOf(body: StartSweepBody, seed: number): SweepSettings {
  const pair = showdownPairs[body.scenario];
  return {
    kind: body.kind,
    scenario: body.scenario,
    levels: body.levels,
    secondsPerLevel: body.secondsPerLevel,
    connections: body.levels[0] ?? 1,
    legacyTargetId: pair.legacy,
    modernTargetId: body.modernTargetId ?? pair.modern,
    timeoutSeconds: body.timeoutSeconds,
    stock: body.stock,
    seed: body.seed ?? seed,
    thresholds: body.thresholds,
  };
}
