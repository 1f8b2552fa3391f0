/** Input of the /api/walkthroughs routes. Client-safe. */
import { z } from 'zod';
import { walkthroughNames } from '@/lib/walkthroughs/catalog';

export const walkthroughNameSchema = z.enum(walkthroughNames, { error: `the walkthrough must be one of ${walkthroughNames.join(', ')}` });

/** Start over takes no options; the body is an empty JSON object. */
export const startOverBodySchema = z.object({}).strict();
