import { z } from 'zod';
import { SECOND_RESOLUTION_WINDOW, type LatencyResolution, type LatencyWindowMinutes } from '@/lib/metrics/latency-series';

/** Query of GET /api/metrics/getitem: `window` in minutes (15, 60, 180) and `resolution` (minute, second). */
export const latencyQuerySchema = z
  .object({
    window: z
      .enum(['15', '60', '180'], { error: 'window must be 15, 60 or 180 (minutes)' })
      .default('15')
      .transform((value) => Number(value) as LatencyWindowMinutes),
    resolution: z.enum(['minute', 'second'], { error: 'resolution must be minute or second' }).default('minute'),
  })
  .refine((query) => query.resolution !== 'second' || query.window === SECOND_RESOLUTION_WINDOW, {
    path: ['window'],
    message: `the per-second view covers the last ${SECOND_RESOLUTION_WINDOW} minutes; use resolution=minute for longer windows`,
  });

export interface LatencyQuery {
  window: LatencyWindowMinutes;
  resolution: LatencyResolution;
}

/** The time range a window covers: whole periods, the current open period included. */
export function latencyRange(query: LatencyQuery, now: number): { from: number; to: number; periodMs: number } {
  const periodMs = query.resolution === 'minute' ? 60_000 : 1_000;
  const to = Math.floor(now / periodMs) * periodMs + periodMs;
  const from = Math.floor((now - query.window * 60_000) / periodMs) * periodMs;
  return { from, to, periodMs };
}
