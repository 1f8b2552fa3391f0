/** What every sweep body shares, whatever the scenario (ids, export formats, defaults). Client-safe. */
import { z } from 'zod';

/** Large enough that no order level sells out: a sold-out path answers "out of stock" faster than it sells. */
export const defaultSweepStock = 1_000_000;
export const defaultSecondsPerLevel = 10;

export const sweepIdPattern = /^w[0-9]{8}-[0-9]{6}-[0-9a-f]{6}$/;
export const sweepIdSchema = z.string().regex(sweepIdPattern, { error: 'is not a sweep id' });

export const sweepExportQuerySchema = z.object({ format: z.enum(['json', 'csv', 'html'], { error: 'format must be json, csv or html' }).default('json') }).strict();
