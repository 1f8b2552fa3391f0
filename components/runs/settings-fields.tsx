'use client';

import { useTranslations } from 'next-intl';
import { Field, Segmented } from '@/components/runs/form-controls';
import { LoadShapeFields } from '@/components/runs/load-shape-fields';
import type { FormState, Parsed } from '@/components/runs/run-form';
import { useRunText } from '@/components/runs/use-run-text';
import { loadBounds } from '@/lib/load/run-settings';
import { showdownPairs, targetCatalog, type TargetId } from '@/lib/scenario-catalog';

/** The load's numbers for the chosen model and scenario: connections or rate, amount or duration, timeout, stock or seed. */
export function SettingsFields({ form, parsed, set }: { form: FormState; parsed: Parsed; set: (patch: Partial<FormState>) => void }) {
  const t = useTranslations('runs.controls');
  const text = useRunText();
  const problem = (field: string) => !parsed.ok && parsed.problems[field] !== undefined;
  const pair = form.scenario === 'ping' ? null : showdownPairs[form.scenario];
  return (
    <div className="mt-4 flex flex-wrap items-end gap-x-6 gap-y-3">
      {form.model === 'closed' ? (
        <>
          <Field label={t('connections')} name="connections" value={form.connections} onChange={(v) => set({ connections: v })} problem={problem('connections')} bounds={loadBounds.connections} />
          <Segmented
            label={t('until')}
            value={form.until}
            options={[
              { value: 'amount', label: t('requests') },
              { value: 'duration', label: t('duration') },
            ]}
            onChange={(until) => set({ until })}
          />
          {form.until === 'amount' ? (
            <Field label={t('requests')} name="amount" value={form.amount} onChange={(v) => set({ amount: v })} problem={problem('amount')} bounds={loadBounds.amount} />
          ) : (
            <Field
              label={t('durationSeconds')}
              name="durationSeconds"
              value={form.durationSeconds}
              onChange={(v) => set({ durationSeconds: v })}
              problem={problem('durationSeconds') || problem('amount')}
              bounds={loadBounds.durationSeconds}
            />
          )}
        </>
      ) : (
        <>
          <Field label={t('rate')} name="rate" value={form.rate} onChange={(v) => set({ rate: v })} problem={problem('rate')} bounds={loadBounds.rate} />
          <Field label={t('durationSeconds')} name="durationSeconds" value={form.durationSeconds} onChange={(v) => set({ durationSeconds: v })} problem={problem('durationSeconds')} bounds={loadBounds.durationSeconds} />
          <Field label={t('maxInFlight')} name="connections" value={form.connections} placeholder={t('auto')} onChange={(v) => set({ connections: v })} problem={problem('connections')} bounds={loadBounds.connections} />
        </>
      )}
      <LoadShapeFields
        model={form.model}
        stages={form.stages}
        thresholds={form.thresholds}
        onChange={set}
        problem={!parsed.ok && parsed.problems.stages?.kind === 'other' ? parsed.problems.stages.message : undefined}
      />
      <Field label={t('timeout')} name="timeoutSeconds" value={form.timeoutSeconds} onChange={(v) => set({ timeoutSeconds: v })} problem={problem('timeoutSeconds')} bounds={loadBounds.timeoutSeconds} />
      {form.scenario === 'order' && <Field label={t('stock')} name="stock" value={form.stock} onChange={(v) => set({ stock: v })} problem={problem('stock')} bounds={loadBounds.stock} />}
      {form.scenario === 'lookup' && <Field label={t('seed')} name="seed" value={form.seed} placeholder={t('random')} onChange={(v) => set({ seed: v })} problem={problem('seed')} bounds={loadBounds.seed} />}
      {form.scenario === 'order' && pair && (
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('modernSide')}</span>
          <select
            value={form.modernTargetId}
            onChange={(event) => set({ modernTargetId: event.target.value as TargetId })}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-xl dark:border-slate-600 dark:bg-slate-800"
          >
            {pair.modernChoices.map((id) => (
              <option key={id} value={id}>
                {text.targetLabel(id, targetCatalog[id].label)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
