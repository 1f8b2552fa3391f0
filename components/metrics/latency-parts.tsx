'use client';

import { useTranslations } from 'next-intl';
import type { GetItemLatencyReport, SeriesMessage } from '@/lib/metrics/latency-series';

export function ToggleButton({ pressed, disabled, title, onClick, children }: { pressed: boolean; disabled?: boolean; title?: string; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      disabled={disabled}
      title={title}
      onClick={onClick}
      className={`rounded-md px-3 py-1.5 text-base font-medium whitespace-nowrap transition-colors disabled:cursor-not-allowed disabled:opacity-40 ${
        pressed ? 'bg-modern text-white' : 'bg-slate-100 hover:bg-slate-200 dark:bg-slate-800 dark:hover:bg-slate-700'
      }`}
    >
      {children}
    </button>
  );
}

/**
 * Why the GetItem series is empty or partial. "No data" is said in full in the visitor's language;
 * an AWS failure gets a translated headline by its reason, with AWS's own words after it.
 */
export function MessageBox({ message, report, testId }: { message: SeriesMessage; report: GetItemLatencyReport; testId: string }) {
  const t = useTranslations('latency.messages');
  const isError = message.reason !== 'no_data';
  const text =
    message.reason === 'no_data'
      ? report.getItem.source === 'cloudwatch'
        ? t('noDataCloudWatch', { table: report.tableName, minutes: report.window })
        : t('noDataApp', { minutes: report.window })
      : t(message.reason);
  return (
    <p
      data-testid={testId}
      data-reason={message.reason}
      role={isError ? 'alert' : 'status'}
      className={`rounded-md px-4 py-3 text-lg ${isError ? 'bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200' : 'bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100'}`}
    >
      {text}
      {isError && <span className="mt-1 block text-sm opacity-80">{message.text}</span>}
    </p>
  );
}

export function Stat({ label, value, color, testId }: { label: string; value: string; color: string; testId: string }) {
  return (
    <div className="min-w-0 rounded-md border-l-4 bg-slate-50 px-4 py-2 dark:bg-slate-800/60" style={{ borderColor: color }}>
      <div className="text-sm text-slate-600 dark:text-slate-400">{label}</div>
      <div className="font-mono text-2xl font-semibold" data-testid={testId}>
        {value}
      </div>
    </div>
  );
}

export function LegendItem({ color, dashed, label }: { color: string; dashed?: boolean; label: string }) {
  return (
    <li className="flex items-center gap-2">
      <svg width="28" height="10" aria-hidden="true">
        <line x1="0" y1="5" x2="28" y2="5" stroke={color} strokeWidth={dashed ? 2 : 4} strokeDasharray={dashed ? '6 4' : undefined} />
      </svg>
      {label}
    </li>
  );
}
