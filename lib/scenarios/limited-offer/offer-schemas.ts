import { z } from 'zod';
import { MAX_STOCK, ORDER_PATHS } from '@/lib/scenarios/limited-offer/offer-constants';

/** Input of the limited-offer control routes, shared by the routes and the page's forms. */

export const MAX_PAYMENT_DELAY_MS = 10_000;
const MAX_BURST_REQUESTS = 10_000;
// The workshop's concurrency; above the pool size the legacy burst would queue in the pool, not at the row.
const MAX_BURST_CONCURRENCY = 150;

export const resetInput = z.object({ stock: z.number().int().min(0).max(MAX_STOCK) }).strict();

export const settingsInput = z.object({ paymentDelayMs: z.number().int().min(0).max(MAX_PAYMENT_DELAY_MS) }).strict();

export const burstInput = z
  .object({
    path: z.enum(ORDER_PATHS),
    requests: z.number().int().min(1).max(MAX_BURST_REQUESTS),
    concurrency: z.number().int().min(1).max(MAX_BURST_CONCURRENCY),
  })
  .strict();

export const noQuery = z.object({}).strict();
