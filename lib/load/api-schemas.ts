/**
 * Inputs of the /api/runs routes that name no target, shared by the handlers, the page and the
 * CLI. Client-safe. The start bodies, which list the targets, are in lib/scenario-catalog.ts.
 */
import { z } from 'zod';

export const runIdPattern = /^[a-z0-9][a-z0-9-]{5,63}$/;

export const runIdSchema = z.string().regex(runIdPattern, { error: 'is not a run id' });

export const exportFormats = ['json', 'csv', 'html'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats, { error: 'format must be json, csv or html' }).default('json'),
    /** A second run to put beside this one (showdown or overlay). */
    compare: runIdSchema.optional(),
  })
  .strict();
