'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { AuditFigures } from '@/lib/walkthroughs/progress-types';

/** The books: initial stock, what each store has left, orders recorded, oversold, and the verdict. */
export function AuditFiguresView({ audit, testId }: { audit: AuditFigures; testId?: string }) {
  const t = useTranslations('walkthrough.common');
  const format = useFormat();
  return (
    <div data-testid={testId} data-balanced={String(audit.balanced)} className="space-y-2">
      <p className={`inline-block rounded px-3 py-1 text-base font-bold ${audit.balanced ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-100' : 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-100'}`}>
        {audit.balanced ? `✓ ${t('balanced')}` : `✗ ${t('unbalanced')}`}
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-5">
        {(
          [
            ['initial', t('initialStock'), audit.initialStock],
            ['table', t('leftInTable'), audit.remainingInTable],
            ['redis', t('leftInRedis'), audit.remainingInRedis],
            ['orders', t('ordersRecorded'), audit.ordersRecorded],
            ['oversold', t('unitsOversold'), audit.unitsOversold],
          ] as const
        ).map(([key, label, value]) => (
          <div key={key} className="rounded bg-slate-50 px-2 py-1 dark:bg-slate-800/60">
            <dt className="text-xs text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className={`font-mono text-lg tabular-nums ${key === 'oversold' && audit.unitsOversold > 0 ? 'text-red-600 dark:text-red-400' : ''}`} data-testid={testId ? `${testId}-${key}` : undefined}>
              {format.count(value)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
