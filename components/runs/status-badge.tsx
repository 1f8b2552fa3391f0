'use client';

import { useTranslations } from 'next-intl';
import type { RunRecord } from '@/lib/scenario-catalog';

const tone: Record<RunRecord['status'], string> = {
  running: 'bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100',
  completed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  cancelled: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  interrupted: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
};

export function StatusBadge({ status }: { status: RunRecord['status'] }) {
  const t = useTranslations('runs');
  return <span className={`rounded px-2 py-0.5 text-base font-semibold whitespace-nowrap ${tone[status]}`}>{t('status', { status })}</span>;
}
