/**
 * The new-run form as data: its fields as typed text, the defaults per scenario, the input the API
 * takes, and the form's problems as keys the page translates. Pure and client-safe.
 */
import { loadBounds, runSettingsSchema, type LoadModel, type RunSettings } from '@/lib/load/run-settings';
import { parseStagesText, type LoadStage } from '@/lib/load/shapes/load-stages';
import { splitThresholdText } from '@/lib/load/thresholds/threshold-rules';
import type { Scenario, TargetId } from '@/lib/scenario-catalog';

export interface FormState {
  scenario: Scenario;
  model: LoadModel;
  connections: string;
  until: 'amount' | 'duration';
  amount: string;
  durationSeconds: string;
  rate: string;
  timeoutSeconds: string;
  stock: string;
  seed: string;
  modernTargetId: TargetId;
  /** "5s:10,20s:10" (empty: a flat load) and "p95 < 50 ms, errors < 1%". */
  stages: string;
  thresholds: string;
}

export const scenarioDefaults: Record<Scenario, Partial<FormState>> = {
  // The workshop's `ab -c 150 -n 3000` against 3,000 items in stock.
  order: { model: 'closed', connections: '150', until: 'amount', amount: '3000', stock: '3000', modernTargetId: 'order.redis' },
  // Gatling-like: a fixed arrival rate for a while.
  lookup: { model: 'open', rate: '200', durationSeconds: '30', connections: '', modernTargetId: 'lookup.dynamodb' },
  ping: { model: 'closed', connections: '50', until: 'duration', durationSeconds: '10' },
};

export const initialForm: FormState = {
  scenario: 'order',
  model: 'closed',
  connections: '150',
  until: 'amount',
  amount: '3000',
  durationSeconds: '30',
  rate: '200',
  timeoutSeconds: '10',
  stock: '3000',
  seed: '',
  stages: '',
  thresholds: '',
  modernTargetId: 'order.redis',
};

/** The settings the API takes, only the fields this model and scenario use. */
export function toInput(form: FormState): Record<string, unknown> {
  const input: Record<string, unknown> = { model: form.model, timeoutSeconds: form.timeoutSeconds };
  if (form.connections.trim() !== '') input.connections = form.connections;
  if (form.model === 'closed') {
    if (form.until === 'amount') input.amount = form.amount;
    else input.durationSeconds = form.durationSeconds;
  } else {
    input.rate = form.rate;
    input.durationSeconds = form.durationSeconds;
  }
  if (form.scenario === 'order' && form.stock.trim() !== '') input.stock = form.stock;
  if (form.scenario === 'lookup' && form.seed.trim() !== '') input.seed = form.seed;
  const shape = shapeInput(form.stages, form.thresholds);
  if (shape.thresholds) input.thresholds = shape.thresholds;
  if (shape.stages) {
    // With stages the duration, the closed model's connections and the open model's rate come from them.
    for (const field of ['amount', 'durationSeconds', 'rate', ...(form.model === 'closed' ? ['connections'] : [])]) delete input[field];
    input.stages = shape.stages;
  }
  return input;
}

/** The form's stages and thresholds as the settings' fields; a problem in words when the text does not read. */
function shapeInput(stagesText: string, thresholdsText: string): { stages?: LoadStage[]; thresholds?: string[]; problem?: string } {
  const out: { stages?: LoadStage[]; thresholds?: string[]; problem?: string } = {};
  if (stagesText.trim() !== '') {
    try {
      out.stages = parseStagesText(stagesText);
    } catch (error) {
      out.problem = (error as Error).message;
    }
  }
  const thresholds = splitThresholdText(thresholdsText);
  if (thresholds.length > 0) out.thresholds = thresholds;
  return out;
}

type BoundedField = keyof typeof loadBounds;

/** One problem of the form: a key of runs.form with its values, or the schema's own words when no key fits. */
export type FormProblem =
  | { kind: 'between'; field: BoundedField; min: number; max: number }
  | { kind: 'number'; field: BoundedField }
  | { kind: 'amountBelowConnections' }
  | { kind: 'other'; message: string };

export type Parsed = { ok: true; settings: RunSettings } | { ok: false; problems: Record<string, FormProblem> };

const isBounded = (field: string): field is BoundedField => field in loadBounds;

/** The schema the API uses, read as problems per field (the first one each). */
export function parseForm(form: FormState): Parsed {
  const shapeProblem = shapeInput(form.stages, form.thresholds).problem;
  if (shapeProblem) return { ok: false, problems: { stages: { kind: 'other', message: shapeProblem } } };
  const input = toInput(form);
  const result = runSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  const problems: Record<string, FormProblem> = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (problems[field]) continue;
    if (isBounded(field) && (issue.code === 'too_small' || issue.code === 'too_big')) problems[field] = { kind: 'between', field, ...loadBounds[field] };
    else if (isBounded(field) && issue.code === 'invalid_type') problems[field] = { kind: 'number', field };
    else if (field === 'amount' && issue.code === 'custom' && Number(input.amount) < Number(input.connections ?? Number.NaN)) problems[field] = { kind: 'amountBelowConnections' };
    else problems[field] = { kind: 'other', message: issue.message };
  }
  return { ok: false, problems };
}
