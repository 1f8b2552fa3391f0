'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { AdminTokenForm } from '@/components/runs/admin-token-form';
import { Button, Segmented } from '@/components/runs/form-controls';
import { initialForm, parseForm, scenarioDefaults, toInput, type FormProblem, type FormState } from '@/components/runs/run-form';
import { SettingsFields } from '@/components/runs/settings-fields';
import { useRunText } from '@/components/runs/use-run-text';
import { useFormat } from '@/i18n/use-format';
import { describeFlags } from '@/lib/load/run-settings';
import { showdownPairs, type TargetId } from '@/lib/scenario-catalog';

type Action = { kind: 'showdown'; mode: 'fair' | 'race' } | { kind: 'run'; targetId: TargetId };

/** A form problem in the visitor's language. */
function useProblemText() {
  const t = useTranslations('runs.form');
  const f = useFormat();
  return (problem: FormProblem) => {
    switch (problem.kind) {
      case 'between':
        return t('between', { field: t(`fields.${problem.field}`), min: f.count(problem.min), max: f.count(problem.max) });
      case 'number':
        return t('number', { field: t(`fields.${problem.field}`) });
      case 'amountBelowConnections':
        return t('amountBelowConnections');
      case 'other':
        return problem.message;
    }
  };
}

/** The new-run form: scenario, model, its numbers, and the buttons that start a showdown or one side. */
export function RunControls({ busy, activeId, compact }: { busy: boolean; activeId: string | null; compact: boolean }) {
  const t = useTranslations('runs.controls');
  const text = useRunText();
  const problemText = useProblemText();
  const [form, setForm] = useState<FormState>(initialForm);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const parsed = parseForm(form);
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async (action: Action) => {
    if (!parsed.ok) return;
    setPending(true);
    setError(null);
    const settings = toInput(form);
    try {
      if (action.kind === 'showdown') {
        await apiFetch('/api/runs/showdown', { method: 'POST', body: { scenario: form.scenario, mode: action.mode, modernTargetId: form.modernTargetId, settings } });
      } else {
        await apiFetch('/api/runs', { method: 'POST', body: { targetId: action.targetId, settings } });
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  const cancel = async () => {
    if (!activeId) return;
    await apiFetch(`/api/runs/${activeId}/cancel`, { method: 'POST' }).catch((caught: unknown) => setError(caught));
  };

  const pair = form.scenario === 'ping' ? null : showdownPairs[form.scenario];
  const disabled = busy || pending || !parsed.ok;
  const firstProblem = !parsed.ok ? Object.values(parsed.problems)[0] : undefined;

  return (
    <section aria-labelledby="controls-title" className="rounded-xl bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900">
      <div className="flex flex-wrap items-center gap-x-8 gap-y-3">
        <h2 id="controls-title" className="text-2xl font-semibold">
          {t('title')}
        </h2>
        <Segmented
          label={t('scenario')}
          value={form.scenario}
          options={(['order', 'lookup', 'ping'] as const).map((s) => ({ value: s, label: t(`scenarios.${s}`) }))}
          onChange={(scenario) => set({ scenario, ...scenarioDefaults[scenario] })}
        />
        <Segmented
          label={t('model')}
          value={form.model}
          options={[
            { value: 'closed', label: t('closed') },
            { value: 'open', label: t('open') },
          ]}
          onChange={(model) => set({ model, ...(model === 'open' ? { connections: '' } : { connections: form.connections || '50' }) })}
        />
      </div>

      {!compact && <SettingsFields form={form} parsed={parsed} set={set} />}

      <p className="mt-4 text-xl" data-testid="model-description">
        {parsed.ok ? (
          <>
            <span className="font-semibold">{text.describeModel(parsed.settings)}</span>
            <span className="ml-3 font-mono text-lg text-slate-500 dark:text-slate-400">{describeFlags(parsed.settings)}</span>
          </>
        ) : (
          firstProblem && <span className="text-red-700 dark:text-red-300">{problemText(firstProblem)}</span>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {pair ? (
          <>
            <Button onClick={() => void submit({ kind: 'showdown', mode: 'fair' })} disabled={disabled} primary testId="start-showdown-fair">
              {t('fair')}
            </Button>
            <Button onClick={() => void submit({ kind: 'showdown', mode: 'race' })} disabled={disabled} testId="start-showdown-race">
              {t('race')}
            </Button>
            <Button onClick={() => void submit({ kind: 'run', targetId: pair.legacy })} disabled={disabled} testId="start-legacy">
              {t.rich('legacyOnly', { legacy: (chunks) => <span className="text-legacy">{chunks}</span> })}
            </Button>
            <Button onClick={() => void submit({ kind: 'run', targetId: form.modernTargetId })} disabled={disabled} testId="start-modern">
              {t.rich('modernOnly', { modern: (chunks) => <span className="text-modern">{chunks}</span> })}
            </Button>
          </>
        ) : (
          <Button onClick={() => void submit({ kind: 'run', targetId: 'ping' })} disabled={disabled} primary testId="start-ping">
            {t('ping')}
          </Button>
        )}
        {busy && (
          <Button onClick={() => void cancel()} danger testId="cancel-run">
            {t('cancel')}
          </Button>
        )}
        {pending && <span className="text-lg text-slate-500">{t('preparing')}</span>}
      </div>

      {error ? (
        <div className="mt-4 rounded-lg bg-red-100 p-4 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">
          <ErrorNote error={error} className="" />
          {error instanceof ApiError && error.status === 401 && <AdminTokenForm onSaved={() => setError(null)} />}
        </div>
      ) : null}
    </section>
  );
}
