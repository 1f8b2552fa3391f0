'use client';

import { useTranslations } from 'next-intl';

/** Stages (k6-style "duration:target, …") and pass/fail thresholds, for the new-run form. */
export function LoadShapeFields({ model, stages, thresholds, onChange, problem }: { model: 'closed' | 'open'; stages: string; thresholds: string; onChange: (patch: { stages?: string; thresholds?: string }) => void; problem?: string }) {
  const t = useTranslations('sweep.shape');
  return (
    <>
      <label className="flex flex-col text-base">
        <span className="font-medium text-slate-600 dark:text-slate-300">{t('stagesLabel', { model })}</span>
        <input
          name="stages"
          value={stages}
          placeholder={model === 'open' ? '5s:100,20s:100,5s:400' : '5s:10,20s:10,5s:50'}
          onChange={(event) => onChange({ stages: event.target.value })}
          aria-invalid={problem ? true : undefined}
          className={`mt-1 w-80 rounded-md border bg-white px-3 py-2 font-mono text-lg dark:bg-slate-800 ${problem ? 'border-red-500' : 'border-slate-300 dark:border-slate-600'}`}
        />
        <span className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">{t('stagesHint', { model })}</span>
      </label>
      <label className="flex flex-col text-base">
        <span className="font-medium text-slate-600 dark:text-slate-300">{t('thresholdsLabel')}</span>
        <input name="thresholds" value={thresholds} placeholder="p95 < 50 ms, errors < 1%" onChange={(event) => onChange({ thresholds: event.target.value })} className="mt-1 w-80 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-lg dark:border-slate-600 dark:bg-slate-800" />
        <span className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">{t('thresholdsHint')}</span>
      </label>
    </>
  );
}
