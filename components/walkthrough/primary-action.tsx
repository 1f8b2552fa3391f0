'use client';

import type { ReactNode } from 'react';
import { ErrorNote } from '@/components/error-note';

/** The step's one action: its settings, its button, why it is disabled, what went wrong. */
export function PrimaryAction(props: {
  label: string;
  hint?: ReactNode;
  onRun: () => void;
  disabled?: boolean;
  pending?: boolean;
  busyNote?: ReactNode;
  error?: unknown;
  errorPrefix?: string;
  tone?: 'legacy' | 'modern' | 'neutral' | 'danger';
  children?: ReactNode;
}) {
  const tone = { legacy: 'bg-amber-600 hover:bg-amber-700', modern: 'bg-blue-600 hover:bg-blue-700', neutral: 'bg-slate-700 hover:bg-slate-800 dark:bg-slate-600', danger: 'bg-rose-600 hover:bg-rose-700' }[props.tone ?? 'neutral'];
  return (
    <div className="space-y-3">
      {props.hint && <p className="text-base text-slate-600 dark:text-slate-300">{props.hint}</p>}
      <div className="flex flex-wrap items-end gap-3">
        {props.children}
        <button
          type="button"
          data-testid="primary-action"
          onClick={props.onRun}
          disabled={props.disabled || props.pending}
          className={`min-h-11 rounded-md px-5 py-2 text-lg font-semibold text-white shadow-sm disabled:cursor-not-allowed disabled:opacity-50 ${tone}`}
        >
          {props.label}
        </button>
      </div>
      {props.busyNote && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {props.busyNote}
        </p>
      )}
      {props.error !== null && props.error !== undefined && <ErrorNote error={props.error} prefix={props.errorPrefix} testId="action-error" />}
    </div>
  );
}
