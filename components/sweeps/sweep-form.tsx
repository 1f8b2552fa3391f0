'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { showdownPairs, targetCatalog, type TargetId } from '@/lib/scenario-catalog';
import { splitThresholdText } from '@/lib/load/thresholds/threshold-rules';
import { parseLevelsText } from '@/lib/load/sweeps/sweep-levels';
import { defaultSecondsPerLevel, defaultSweepStock } from '@/lib/load/sweeps/sweep-settings';
import { startSweepBodySchema } from '@/lib/sweep-catalog';

interface SweepFormState {
  scenario: 'order' | 'lookup';
  levels: string;
  secondsPerLevel: string;
  stock: string;
  modernTargetId: TargetId;
  thresholds: string;
}

const initialSweepForm: SweepFormState = {
  scenario: 'order',
  levels: '1, 2, 5, 10, 25, 50, 100, 150',
  secondsPerLevel: String(defaultSecondsPerLevel),
  stock: String(defaultSweepStock),
  modernTargetId: 'order.redis',
  thresholds: '',
};

/** The form as the API's body, checked by the same schema; the first problem in words when it does not parse. */
function sweepBodyOf(form: SweepFormState): { ok: true; body: unknown } | { ok: false; problem: string } {
  let levels: number[];
  try {
    levels = parseLevelsText(form.levels);
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  const body = {
    scenario: form.scenario,
    levels,
    secondsPerLevel: form.secondsPerLevel,
    modernTargetId: form.modernTargetId,
    thresholds: splitThresholdText(form.thresholds),
    ...(form.scenario === 'order' ? { stock: form.stock } : {}),
  };
  const parsed = startSweepBodySchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, body };
}

const inputClass = 'mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-xl dark:border-slate-600 dark:bg-slate-800';

export function SweepForm({ busy, onStart }: { busy: boolean; onStart: (body: unknown) => Promise<void> }) {
  const t = useTranslations('sweep.form');
  const [form, setForm] = useState<SweepFormState>(initialSweepForm);
  const [pending, setPending] = useState(false);
  const set = (patch: Partial<SweepFormState>) => setForm((f) => ({ ...f, ...patch }));
  const parsed = sweepBodyOf(form);
  const pair = showdownPairs[form.scenario];

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.ok) return;
        setPending(true);
        void onStart(parsed.body).finally(() => setPending(false));
      }}
    >
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('scenario')}</span>
          <select
            name="scenario"
            value={form.scenario}
            onChange={(event) => {
              const scenario = event.target.value as SweepFormState['scenario'];
              set({ scenario, modernTargetId: showdownPairs[scenario].modern });
            }}
            className={inputClass}
          >
            <option value="order">{t('scenarioOrder')}</option>
            <option value="lookup">{t('scenarioLookup')}</option>
          </select>
        </label>
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('levels')}</span>
          <input name="levels" value={form.levels} onChange={(event) => set({ levels: event.target.value })} className={`${inputClass} w-96 font-mono`} />
          <span className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">{t('levelsHint')}</span>
        </label>
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('secondsPerLevel')}</span>
          <input name="secondsPerLevel" inputMode="numeric" value={form.secondsPerLevel} onChange={(event) => set({ secondsPerLevel: event.target.value })} className={`${inputClass} w-28 tabular-nums`} />
        </label>
        {form.scenario === 'order' && (
          <label className="flex flex-col text-base">
            <span className="font-medium text-slate-600 dark:text-slate-300">{t('stock')}</span>
            <input name="stock" inputMode="numeric" value={form.stock} onChange={(event) => set({ stock: event.target.value })} className={`${inputClass} w-40 tabular-nums`} />
          </label>
        )}
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('modern')}</span>
          <select name="modernTargetId" value={form.modernTargetId} onChange={(event) => set({ modernTargetId: event.target.value as TargetId })} className={inputClass}>
            {pair.modernChoices.map((id) => (
              <option key={id} value={id}>
                {targetCatalog[id].label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-base">
          <span className="font-medium text-slate-600 dark:text-slate-300">{t('thresholds')}</span>
          <input name="thresholds" value={form.thresholds} placeholder={t('thresholdsPlaceholder')} onChange={(event) => set({ thresholds: event.target.value })} className={`${inputClass} w-80 font-mono`} />
        </label>
      </div>
      <p className="text-lg" data-testid="sweep-description">
        {parsed.ok ? (
          t('description', { levels: parseLevelsText(form.levels).length, seconds: Number(form.secondsPerLevel), total: parseLevelsText(form.levels).length * 2 * Number(form.secondsPerLevel) })
        ) : (
          <span className="text-red-700 dark:text-red-300">{parsed.problem}</span>
        )}
      </p>
      <button
        type="submit"
        disabled={busy || pending || !parsed.ok}
        data-testid="start-sweep"
        className="rounded-lg bg-slate-900 px-5 py-3 text-lg font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-40 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white"
      >
        {t('start')}
      </button>
    </form>
  );
}
