'use client';

import { useState } from 'react';
import { LoadShapeFields, shapeInput } from '@/components/runs/load-shape-fields';
import { callApi, rememberAdminToken, type ApiError } from '@/components/runs/api';
import { describeFlags, describeModel, loadBounds, runSettingsSchema, type LoadModel, type RunSettings } from '@/lib/load/run-settings';
import { showdownPairs, targetCatalog, type Scenario, type TargetId } from '@/lib/scenario-catalog';

interface FormState {
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

const defaults: Record<Scenario, Partial<FormState>> = {
  // The workshop's `ab -c 150 -n 3000` against 3,000 items in stock.
  order: { model: 'closed', connections: '150', until: 'amount', amount: '3000', stock: '3000', modernTargetId: 'order.redis' },
  // Gatling-like: a fixed arrival rate for a while.
  lookup: { model: 'open', rate: '200', durationSeconds: '30', connections: '', modernTargetId: 'lookup.dynamodb' },
  ping: { model: 'closed', connections: '50', until: 'duration', durationSeconds: '10' },
};

const initial: FormState = {
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

const scenarioTitles: Record<Scenario, string> = { order: 'Limited offer (orders)', lookup: 'Purchase lookup', ping: 'Ping (generator ceiling)' };

function toInput(form: FormState): Record<string, unknown> {
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

type Parsed = { ok: true; settings: RunSettings } | { ok: false; problems: Record<string, string> };

function parseForm(form: FormState): Parsed {
  const problem = shapeInput(form.stages, form.thresholds).problem;
  if (problem) return { ok: false, problems: { [problem.field]: problem.message } };
  const result = runSettingsSchema.safeParse(toInput(form));
  if (result.success) return { ok: true, settings: result.data };
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[String(issue.path[0] ?? 'form')] ??= issue.message;
  return { ok: false, problems };
}

interface Props {
  busy: boolean;
  activeId: string | null;
  compact: boolean;
}

export function RunControls({ busy, activeId, compact }: Props) {
  const [form, setForm] = useState<FormState>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [token, setToken] = useState('');
  const parsed = parseForm(form);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (action: { kind: 'showdown'; mode: 'fair' | 'race' } | { kind: 'run'; targetId: TargetId }) => {
    if (!parsed.ok) return;
    setPending(true);
    setError(null);
    const settings = toInput(form);
    const result =
      action.kind === 'showdown'
        ? await callApi('/api/runs/showdown', {
            method: 'POST',
            body: { scenario: form.scenario, mode: action.mode, modernTargetId: form.modernTargetId, settings },
          })
        : await callApi('/api/runs', { method: 'POST', body: { targetId: action.targetId, settings } });
    setPending(false);
    if (!result.ok) setError(result.error);
  };

  const cancel = async () => {
    if (!activeId) return;
    const result = await callApi(`/api/runs/${activeId}/cancel`, { method: 'POST' });
    if (!result.ok) setError(result.error);
  };

  const pair = form.scenario === 'ping' ? null : showdownPairs[form.scenario];
  const disabled = busy || pending || !parsed.ok;
  const problem = (field: string) => (!parsed.ok ? parsed.problems[field] : undefined);

  return (
    <section aria-labelledby="controls-title" className="rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <h2 id="controls-title" className="text-2xl font-semibold">
          New run
        </h2>
        <Segmented
          label="Scenario"
          value={form.scenario}
          options={(['order', 'lookup', 'ping'] as const).map((s) => ({ value: s, label: scenarioTitles[s] }))}
          onChange={(scenario) => set({ scenario, ...defaults[scenario] })}
        />
        <Segmented
          label="Model"
          value={form.model}
          options={[
            { value: 'closed', label: 'Closed (like ab)' },
            { value: 'open', label: 'Open (fixed rate)' },
          ]}
          onChange={(model) => set({ model, ...(model === 'open' ? { connections: '' } : { connections: form.connections || '50' }) })}
        />
      </div>

      {!compact && (
        <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-3">
          {form.model === 'closed' ? (
            <>
              <Field label="Connections (-c)" name="connections" value={form.connections} onChange={(v) => set({ connections: v })} problem={problem('connections')} bounds={loadBounds.connections} />
              <Segmented
                label="Until"
                value={form.until}
                options={[
                  { value: 'amount', label: 'Requests (-n)' },
                  { value: 'duration', label: 'Duration' },
                ]}
                onChange={(until) => set({ until })}
              />
              {form.until === 'amount' ? (
                <Field label="Requests (-n)" name="amount" value={form.amount} onChange={(v) => set({ amount: v })} problem={problem('amount')} bounds={loadBounds.amount} />
              ) : (
                <Field label="Duration (s)" name="durationSeconds" value={form.durationSeconds} onChange={(v) => set({ durationSeconds: v })} problem={problem('durationSeconds') ?? problem('amount')} bounds={loadBounds.durationSeconds} />
              )}
            </>
          ) : (
            <>
              <Field label="Arrivals per second" name="rate" value={form.rate} onChange={(v) => set({ rate: v })} problem={problem('rate')} bounds={loadBounds.rate} />
              <Field label="Duration (s)" name="durationSeconds" value={form.durationSeconds} onChange={(v) => set({ durationSeconds: v })} problem={problem('durationSeconds')} bounds={loadBounds.durationSeconds} />
              <Field label="Max in flight" name="connections" value={form.connections} placeholder="auto" onChange={(v) => set({ connections: v })} problem={problem('connections')} bounds={loadBounds.connections} />
            </>
          )}
          <LoadShapeFields model={form.model} stages={form.stages} thresholds={form.thresholds} onChange={set} problem={problem('stages')} />
          <Field label="Timeout (s)" name="timeoutSeconds" value={form.timeoutSeconds} onChange={(v) => set({ timeoutSeconds: v })} problem={problem('timeoutSeconds')} bounds={loadBounds.timeoutSeconds} />
          {form.scenario === 'order' && <Field label="Stock" name="stock" value={form.stock} onChange={(v) => set({ stock: v })} problem={problem('stock')} bounds={loadBounds.stock} />}
          {form.scenario === 'lookup' && <Field label="Key seed" name="seed" value={form.seed} placeholder="random" onChange={(v) => set({ seed: v })} problem={problem('seed')} bounds={loadBounds.seed} />}
          {form.scenario === 'order' && pair && (
            <label className="flex flex-col text-base">
              <span className="font-medium text-slate-600 dark:text-slate-300">Modern side</span>
              <select
                value={form.modernTargetId}
                onChange={(event) => set({ modernTargetId: event.target.value as TargetId })}
                className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-xl dark:border-slate-600 dark:bg-slate-800"
              >
                {pair.modernChoices.map((id) => (
                  <option key={id} value={id}>
                    {targetCatalog[id].label}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}

      <p className="mt-4 text-xl" data-testid="model-description">
        {parsed.ok ? (
          <>
            <span className="font-semibold">{describeModel(parsed.settings)}</span>
            <span className="ml-3 font-mono text-lg text-slate-500 dark:text-slate-400">{describeFlags(parsed.settings)}</span>
          </>
        ) : (
          <span className="text-red-700 dark:text-red-300">{Object.values(parsed.problems)[0]}</span>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {pair ? (
          <>
            <Button onClick={() => void submit({ kind: 'showdown', mode: 'fair' })} disabled={disabled} primary testId="start-showdown-fair">
              Showdown — fair (one after the other)
            </Button>
            <Button onClick={() => void submit({ kind: 'showdown', mode: 'race' })} disabled={disabled} testId="start-showdown-race">
              Showdown — race (both at once)
            </Button>
            <Button onClick={() => void submit({ kind: 'run', targetId: pair.legacy })} disabled={disabled} testId="start-legacy">
              <span className="text-legacy">Legacy</span> only
            </Button>
            <Button onClick={() => void submit({ kind: 'run', targetId: form.modernTargetId })} disabled={disabled} testId="start-modern">
              <span className="text-modern">Modern</span> only
            </Button>
          </>
        ) : (
          <Button onClick={() => void submit({ kind: 'run', targetId: 'ping' })} disabled={disabled} primary testId="start-ping">
            Run against /api/ping
          </Button>
        )}
        {busy && (
          <Button onClick={() => void cancel()} danger testId="cancel-run">
            Cancel
          </Button>
        )}
        {pending && <span className="text-lg text-slate-500">Preparing…</span>}
      </div>

      {error && (
        <div role="alert" className="mt-4 rounded-lg bg-red-100 p-4 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">
          {error.message}
          {error.status === 401 && (
            <form
              className="mt-2 flex gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                rememberAdminToken(token);
                setError(null);
              }}
            >
              <input type="password" value={token} onChange={(event) => setToken(event.target.value)} placeholder="Admin token" className="rounded border px-3 py-1 text-base text-slate-900" />
              <button type="submit" className="rounded bg-slate-800 px-3 py-1 text-white">
                Use token
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}

function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Array<{ value: T; label: string }>; onChange: (value: T) => void }) {
  return (
    <div role="radiogroup" aria-label={label} className="flex flex-col text-base">
      <span className="font-medium text-slate-600 dark:text-slate-300">{label}</span>
      <div className="mt-1 inline-flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={value === option.value}
            onClick={() => onChange(option.value)}
            className={`px-4 py-2 text-lg ${value === option.value ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'bg-white hover:bg-slate-100 dark:bg-slate-800 dark:hover:bg-slate-700'}`}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}

function Field(props: { label: string; name: string; value: string; onChange: (value: string) => void; problem?: string; bounds: { min: number; max: number }; placeholder?: string }) {
  return (
    <label className="flex flex-col text-base">
      <span className="font-medium text-slate-600 dark:text-slate-300">{props.label}</span>
      <input
        name={props.name}
        inputMode="numeric"
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.problem ? true : undefined}
        title={`${props.bounds.min.toLocaleString('en-US')} to ${props.bounds.max.toLocaleString('en-US')}`}
        className={`mt-1 w-36 rounded-md border bg-white px-3 py-2 text-xl tabular-nums dark:bg-slate-800 ${props.problem ? 'border-red-500' : 'border-slate-300 dark:border-slate-600'}`}
      />
      <span className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">
        {props.bounds.min.toLocaleString('en-US')}–{props.bounds.max.toLocaleString('en-US')}
      </span>
    </label>
  );
}

function Button(props: { onClick: () => void; disabled?: boolean; primary?: boolean; danger?: boolean; testId: string; children: React.ReactNode }) {
  const tone = props.danger
    ? 'bg-red-600 text-white hover:bg-red-700'
    : props.primary
      ? 'bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white'
      : 'border border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700';
  return (
    <button type="button" onClick={props.onClick} disabled={props.disabled} data-testid={props.testId} className={`rounded-lg px-5 py-3 text-lg font-semibold disabled:cursor-not-allowed disabled:opacity-40 ${tone}`}>
      {props.children}
    </button>
  );
}
