/**
 * Load shapes, k6-style stages: each stage ramps the target linearly from where the previous one
 * ended to its own target over its duration (a stage with the same target holds it). With the
 * closed model the target is the number of connections with a request in flight; with the open
 * model it is the arrival rate. Client-safe: the form, the API, the CLI and the generator share it.
 */
import { z } from 'zod';

export interface LoadStage {
  durationSeconds: number;
  target: number;
}

export type ShapeKind = 'connections' | 'rate';

export const stageBounds = {
  stages: { min: 1, max: 20 },
  durationSeconds: { min: 1, max: 3_600 },
  connections: { min: 0, max: 1_000 },
  rate: { min: 0, max: 50_000 },
  totalSeconds: 3_600,
} as const;

/** Where the first stage ramps from: k6 starts ramping VUs at 1 and arrival rates at 0. */
export function shapeStart(kind: ShapeKind): number {
  return kind === 'connections' ? 1 : 0;
}

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be between ${min} and ${max.toLocaleString('en-US')}` })
    .max(max, { error: `${label} must be between ${min} and ${max.toLocaleString('en-US')}` });

const stageSchema = z
  .object({
    durationSeconds: whole('stage duration (s)', stageBounds.durationSeconds.min, stageBounds.durationSeconds.max),
    // The model decides which bound applies; the wider one here, the narrower in the settings' check.
    target: whole('stage target', 0, stageBounds.rate.max),
  })
  .strict();

export const stagesSchema = z
  .array(stageSchema, { error: 'stages must be a list of { durationSeconds, target }' })
  .min(stageBounds.stages.min, { error: 'give at least one stage' })
  .max(stageBounds.stages.max, { error: `at most ${stageBounds.stages.max} stages` })
  .refine((stages) => totalSeconds(stages) <= stageBounds.totalSeconds, { error: `the stages last at most ${stageBounds.totalSeconds.toLocaleString('en-US')} s in all` });

export function totalSeconds(stages: readonly LoadStage[]): number {
  return stages.reduce((sum, stage) => sum + stage.durationSeconds, 0);
}

export function maxTarget(stages: readonly LoadStage[]): number {
  return stages.reduce((max, stage) => Math.max(max, stage.target), 0);
}

/** The target at `t` seconds from the start (the last target after the end). */
export function targetAt(stages: readonly LoadStage[], t: number, start: number): number {
  let from = start;
  let begin = 0;
  for (const stage of stages) {
    const end = begin + stage.durationSeconds;
    if (t < end) return from + ((stage.target - from) * Math.max(0, t - begin)) / stage.durationSeconds;
    from = stage.target;
    begin = end;
  }
  return from;
}

/** ∫ target dt from 0 to t: for a rate shape, the arrivals due by t. */
export function integralUntil(stages: readonly LoadStage[], t: number, start: number): number {
  let from = start;
  let begin = 0;
  let sum = 0;
  for (const stage of stages) {
    const span = Math.min(stage.durationSeconds, Math.max(0, t - begin));
    if (span <= 0) break;
    const atSpan = from + ((stage.target - from) * span) / stage.durationSeconds;
    sum += ((from + atSpan) / 2) * span;
    from = stage.target;
    begin += stage.durationSeconds;
  }
  return sum;
}

/** The mean target between t0 and t1 (a window's target, for the chart and the check). */
export function meanTarget(stages: readonly LoadStage[], t0: number, t1: number, start: number): number {
  // Past the end the shape holds its last target (the run's last, partial window is there).
  const end = Math.min(t1, totalSeconds(stages));
  if (end <= t0) return targetAt(stages, t0, start);
  return (integralUntil(stages, end, start) - integralUntil(stages, t0, start)) / (end - t0);
}

/**
 * When the arrival numbered `n` (0-based) is due, in seconds from the start, for a rate shape:
 * the time at which ∫ rate reaches n. null when the shape ends first.
 */
export function arrivalTime(stages: readonly LoadStage[], n: number, start: number): number | null {
  let from = start;
  let begin = 0;
  let before = 0;
  for (const stage of stages) {
    const d = stage.durationSeconds;
    const inStage = ((from + stage.target) / 2) * d;
    if (before + inStage >= n && inStage > 0) {
      // Solve from·τ + (to − from)·τ²/(2d) = need for τ in [0, d]; this form is stable when to = from.
      const need = n - before;
      const a = (stage.target - from) / (2 * d);
      const root = Math.sqrt(Math.max(0, from * from + 4 * a * need));
      const tau = from + root === 0 ? 0 : (2 * need) / (from + root);
      return begin + Math.min(d, Math.max(0, tau));
    }
    before += inStage;
    from = stage.target;
    begin += d;
  }
  return null;
}

/** Stage boundaries, for the chart and the check of a profile: [start, end) of each stage. */
export function stageWindows(stages: readonly LoadStage[]): Array<{ index: number; from: number; to: number; target: number }> {
  let begin = 0;
  return stages.map((stage, index) => {
    const window = { index, from: begin, to: begin + stage.durationSeconds, target: stage.target };
    begin += stage.durationSeconds;
    return window;
  });
}

/** "5s:10,30s:10,5s:50" (the CLI's --stages, the form's text) into stages; throws with a reason. */
export function parseStagesText(text: string): LoadStage[] {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) throw new Error('give stages as duration:target, e.g. "10s:50,30s:50,10s:0"');
  return parts.map((part) => {
    const match = /^(\d+)(s|m)?:(\d+)$/i.exec(part);
    if (!match) throw new Error(`"${part}" is not a stage: write duration:target, e.g. 10s:50 or 1m:200`);
    const seconds = Number(match[1]) * (match[2]?.toLowerCase() === 'm' ? 60 : 1);
    return { durationSeconds: seconds, target: Number(match[3]) };
  });
}

export function stagesToText(stages: readonly LoadStage[]): string {
  return stages.map((stage) => `${stage.durationSeconds}s:${stage.target}`).join(',');
}
