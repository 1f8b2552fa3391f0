'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { useFormat } from '@/i18n/use-format';

/** A row of radio buttons, e.g. the scenario or the load model. */
export function Segmented<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: Array<{ value: T; label: string }>; onChange: (value: T) => void }) {
  return (
    <div role="radiogroup" aria-label={label} className="flex max-w-full flex-col text-base">
      <span className="font-medium text-slate-600 dark:text-slate-300">{label}</span>
      <div className="mt-1 inline-flex max-w-full flex-wrap overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={value === option.value}
            onClick={() => onChange(option.value)}
            className={`px-3 py-2 text-base sm:px-4 sm:text-lg ${value === option.value ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'bg-white hover:bg-slate-100 dark:bg-slate-800 dark:hover:bg-slate-700'}`}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** A number typed as text, with its allowed range under it. */
export function Field(props: { label: string; name: string; value: string; onChange: (value: string) => void; problem?: boolean; bounds: { min: number; max: number }; placeholder?: string }) {
  const t = useTranslations('runs.controls');
  const f = useFormat();
  const range = { min: f.count(props.bounds.min), max: f.count(props.bounds.max) };
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
        title={t('boundsTitle', range)}
        className={`mt-1 w-32 rounded-md border bg-white px-3 py-2 text-xl tabular-nums sm:w-36 dark:bg-slate-800 ${props.problem ? 'border-red-500' : 'border-slate-300 dark:border-slate-600'}`}
      />
      <span className="mt-0.5 text-sm text-slate-500 dark:text-slate-400">{t('bounds', range)}</span>
    </label>
  );
}

export function Button(props: { onClick: () => void; disabled?: boolean; primary?: boolean; danger?: boolean; testId: string; children: ReactNode }) {
  const tone = props.danger
    ? 'bg-red-600 text-white hover:bg-red-700'
    : props.primary
      ? 'bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white'
      : 'border border-slate-300 bg-white hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700';
  return (
    <button type="button" onClick={props.onClick} disabled={props.disabled} data-testid={props.testId} className={`rounded-lg px-4 py-3 text-lg font-semibold disabled:cursor-not-allowed disabled:opacity-40 sm:px-5 ${tone}`}>
      {props.children}
    </button>
  );
}
