/**
 * Load-run settings: one zod schema shared by the page's form, the API and the CLI. Client-safe.
 *
 * Closed model (like `ab -c N -n M`): N connections, each sends its next request when the last
 * one is answered, until M requests were sent or the duration is over.
 * Open model (fixed arrival rate, like Gatling's constantUsersPerSec): requests are scheduled at
 * `rate` per second whatever the answers; `connections` caps how many may be in flight.
 */
import { z } from 'zod';
import { maxTarget, stageBounds, stagesSchema, stagesToText, totalSeconds, type LoadStage } from '@/lib/load/shapes/load-stages';
import { thresholdsSchema } from '@/lib/load/thresholds/threshold-rules';

export const loadBounds = {
  connections: { min: 1, max: 1_000 },
  amount: { min: 1, max: 1_000_000 },
  durationSeconds: { min: 1, max: 3_600 },
  rate: { min: 1, max: 50_000 },
  timeoutSeconds: { min: 1, max: 60 },
  stock: { min: 1, max: 1_000_000 },
  seed: { min: 0, max: 2_147_483_647 },
} as const;

type Bounded = keyof typeof loadBounds;

const bounded = (name: Bounded, label: string) => {
  const { min, max } = loadBounds[name];
  return z.coerce
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}` })
    .max(max, { error: `${label} must be between ${min.toLocaleString('en-US')} and ${max.toLocaleString('en-US')}` });
};

const optionalBounded = (name: Bounded, label: string) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), bounded(name, label).optional());

const loadModels = ['closed', 'open'] as const;
export type LoadModel = (typeof loadModels)[number];

export const runSettingsSchema = z
  .object({
    model: z.enum(loadModels, { error: 'model must be "closed" or "open"' }).default('closed'),
    connections: optionalBounded('connections', 'connections'),
    amount: optionalBounded('amount', 'requests'),
    durationSeconds: optionalBounded('durationSeconds', 'duration (s)'),
    rate: optionalBounded('rate', 'rate (requests/s)'),
    timeoutSeconds: optionalBounded('timeoutSeconds', 'timeout (s)'),
    seed: optionalBounded('seed', 'seed'),
    stock: optionalBounded('stock', 'stock'),
    /** A load shape: the duration comes from the stages, the target is connections (closed) or arrivals/s (open). */
    stages: stagesSchema.optional(),
    thresholds: thresholdsSchema.optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.stages) {
      checkStages(value, value.stages, ctx);
      return;
    }
    if (value.model === 'closed') {
      if (value.rate !== undefined) ctx.addIssue({ code: 'custom', path: ['rate'], message: 'a rate belongs to the open model; the closed model takes connections and requests or a duration' });
      if ((value.amount === undefined) === (value.durationSeconds === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'the closed model takes either a number of requests or a duration, not both and not neither' });
      }
      if (value.amount !== undefined && value.amount < (value.connections ?? defaultClosedConnections)) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'requests must be at least the number of connections (as with ab -n and -c)' });
      }
    } else {
      if (value.rate === undefined) ctx.addIssue({ code: 'custom', path: ['rate'], message: 'the open model needs a rate (requests/s)' });
      if (value.durationSeconds === undefined) ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: 'the open model needs a duration' });
      if (value.amount !== undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'the open model runs for a duration, not a number of requests' });
    }
  })
  .transform((value): RunSettings => {
    if (value.stages) return stagedSettings(value, value.stages);
    return {
      model: value.model,
      connections: value.connections ?? (value.model === 'open' ? defaultOpenConnections(value.rate ?? 1) : defaultClosedConnections),
      amount: value.model === 'closed' ? (value.amount ?? null) : null,
      durationSeconds: value.durationSeconds ?? null,
      rate: value.model === 'open' ? (value.rate ?? null) : null,
      timeoutSeconds: value.timeoutSeconds ?? 10,
      seed: value.seed ?? null,
      stock: value.stock ?? null,
      // Only when given, so the settings of a plain run read as before.
      ...(value.thresholds && value.thresholds.length > 0 ? { thresholds: value.thresholds } : {}),
    };
  });

type ParsedInput = { model: LoadModel; connections?: number; amount?: number; durationSeconds?: number; rate?: number; timeoutSeconds?: number; seed?: number; stock?: number; thresholds?: string[] };

function checkStages(value: ParsedInput, stages: LoadStage[], ctx: z.RefinementCtx): void {
  if (value.amount !== undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a run with stages lasts as long as its stages, not a number of requests' });
  if (value.durationSeconds !== undefined) ctx.addIssue({ code: 'custom', path: ['durationSeconds'], message: 'a run with stages lasts as long as its stages; leave the duration out' });
  if (value.rate !== undefined) ctx.addIssue({ code: 'custom', path: ['rate'], message: "with stages the open model takes its rate from each stage's target" });
  const bound = value.model === 'closed' ? stageBounds.connections : stageBounds.rate;
  const unit = value.model === 'closed' ? 'connections' : 'arrivals/s';
  stages.forEach((stage, index) => {
    if (stage.target > bound.max) ctx.addIssue({ code: 'custom', path: ['stages', index, 'target'], message: `a stage's target is at most ${bound.max.toLocaleString('en-US')} ${unit}` });
  });
  if (maxTarget(stages) < 1) ctx.addIssue({ code: 'custom', path: ['stages'], message: `at least one stage needs a target above 0 ${unit}` });
  if (value.model === 'closed' && value.connections !== undefined) ctx.addIssue({ code: 'custom', path: ['connections'], message: 'with stages the closed model opens as many connections as the highest stage target' });
}

function stagedSettings(value: ParsedInput, stages: LoadStage[]): RunSettings {
  const peak = maxTarget(stages);
  return {
    model: value.model,
    connections: value.model === 'closed' ? peak : (value.connections ?? defaultOpenConnections(peak)),
    amount: null,
    durationSeconds: totalSeconds(stages),
    rate: value.model === 'open' ? peak : null,
    timeoutSeconds: value.timeoutSeconds ?? 10,
    seed: value.seed ?? null,
    stock: value.stock ?? null,
    stages,
    ...(value.thresholds && value.thresholds.length > 0 ? { thresholds: value.thresholds } : {}),
  };
}

export interface RunSettings {
  model: LoadModel;
  /** Closed: concurrency. Open: the most requests in flight at once. */
  connections: number;
  /** Closed model: requests to send (null when the run has a duration). */
  amount: number | null;
  durationSeconds: number | null;
  /** Open model: arrivals per second. */
  rate: number | null;
  timeoutSeconds: number;
  /** The seed of the lookup key order; the server fills it in when absent so a showdown's two sides share it. */
  seed: number | null;
  /** Order runs: the stock set before the run (default 3,000, as in the workshop). */
  stock: number | null;
  /**
   * A load shape (k6-style stages, ramped linearly): targets are connections in flight (closed)
   * or arrivals/s (open); connections and rate above are then the peak. Absent on older runs.
   */
  stages?: LoadStage[] | null;
  /** Pass/fail rules such as "p95 < 50 ms" (lib/load/thresholds). Absent on older runs. */
  thresholds?: string[];
}

const defaultClosedConnections = 10;
/** Enough connections for one second's arrivals to be in flight at once. */
function defaultOpenConnections(rate: number): number {
  return Math.min(loadBounds.connections.max, Math.max(10, rate));
}

/** The model in words, as shown on screen and in reports. */
export function describeModel(settings: RunSettings): string {
  if (settings.stages && settings.stages.length > 0) {
    const unit = settings.model === 'open' ? 'arrivals/s' : 'connections';
    const steps = settings.stages.map((stage) => `${fmt(stage.durationSeconds)} s → ${fmt(stage.target)}`).join(', ');
    return `${settings.model === 'open' ? 'Open' : 'Closed'} model in stages (${unit}): ${steps} (${fmt(settings.durationSeconds ?? 0)} s)`;
  }
  if (settings.model === 'open') {
    return `Open model: ${fmt(settings.rate ?? 0)} arrivals/s for ${fmt(settings.durationSeconds ?? 0)} s (at most ${fmt(settings.connections)} in flight)`;
  }
  const until = settings.amount !== null ? `${fmt(settings.amount)} requests` : `${fmt(settings.durationSeconds ?? 0)} s`;
  return `Closed model: ${fmt(settings.connections)} connections, ${until}`;
}

/** The same settings as ab-like flags, e.g. "-c 150 -n 3000". */
export function describeFlags(settings: RunSettings): string {
  if (settings.stages && settings.stages.length > 0) {
    return `${settings.model === 'open' ? `-c ${settings.connections} ` : ''}--stages ${stagesToText(settings.stages)}${settings.model === 'open' ? ' --open' : ''}`;
  }
  const parts = [`-c ${settings.connections}`];
  if (settings.amount !== null) parts.push(`-n ${settings.amount}`);
  if (settings.durationSeconds !== null) parts.push(`-d ${settings.durationSeconds}`);
  if (settings.rate !== null) parts.push(`-R ${settings.rate}`);
  return parts.join(' ');
}

const fmt = (value: number) => value.toLocaleString('en-US');
