/** Inputs of the /api/runs routes, shared by the handlers, the page and the CLI. Client-safe. */
import { z } from 'zod';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { showdownScenarios, targetIds } from '@/lib/load/target-catalog';

export const runIdPattern = /^[a-z0-9][a-z0-9-]{5,63}$/;

export const runIdSchema = z.string().regex(runIdPattern, { error: 'is not a run id' });

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

export const exportFormats = ['json', 'csv', 'html'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats, { error: 'format must be json, csv or html' }).default('json'),
    /** A second run to put beside this one (showdown or overlay). */
    compare: runIdSchema.optional(),
  })
  .strict();
