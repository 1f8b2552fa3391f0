'use client';

import { useTranslations } from 'next-intl';
import { auditProblems } from '@/components/offer/audit-problems';
import { useFormat } from '@/i18n/use-format';
import type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';

function Figure({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: 'bad' }) {
  return (
    <div className="rounded-md bg-slate-50 px-4 py-3 dark:bg-slate-800/60">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{label}</dt>
      <dd data-testid={testId} className={`mt-1 font-mono text-2xl font-semibold tabular-nums sm:text-3xl ${tone === 'bad' ? 'text-red-600 dark:text-red-400' : ''}`}>
        {value}
      </dd>
    </div>
  );
}

/** The books after a run: what each store has left against what ORDER_HISTORY recorded. */
export function AuditPanel({ audit }: { audit: OfferAudit }) {
  const t = useTranslations('offer');
  const f = useFormat();
  const { ordersByPath } = audit;
  const problems = auditProblems(audit);
  return (
    <div data-testid="audit-panel" data-balanced={audit.balanced}>
      <div className="flex flex-wrap items-center gap-4">
        <span
          data-testid="audit-verdict"
          className={`rounded-lg px-4 py-2 text-2xl font-bold ${
            audit.balanced ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-100' : 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-100'
          }`}
        >
          {audit.balanced ? t('audit.balanced') : t('audit.unbalanced')}
        </span>
        <span className="text-sm text-slate-500 dark:text-slate-400">
          {t('audit.checked', { time: f.time(audit.checkedAt) })}
          {audit.resetAt && <> · {t('audit.lastReset', { time: f.time(audit.resetAt) })}</>}
        </span>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6">
        <Figure label={t('audit.initial')} value={f.count(audit.initialStock)} testId="audit-initial" />
        <Figure label={t('audit.table')} value={f.count(audit.remainingInTable)} testId="audit-table" tone={(audit.remainingInTable ?? 0) < 0 ? 'bad' : undefined} />
        <Figure label={t('audit.redis')} value={f.count(audit.remainingInRedis)} testId="audit-redis" tone={audit.remainingInRedis === null || audit.remainingInRedis < 0 ? 'bad' : undefined} />
        <Figure label={t('audit.orders')} value={f.count(audit.ordersRecorded)} testId="audit-orders" />
        <Figure label={t('audit.oversold')} value={f.count(audit.unitsOversold)} testId="audit-oversold" tone={audit.unitsOversold > 0 ? 'bad' : undefined} />
        <Figure
          label={t('audit.unaccounted')}
          value={`${f.count(audit.unaccountedInTable)} / ${f.count(audit.unaccountedInRedis)}`}
          testId="audit-unaccounted"
          tone={audit.unaccountedInTable || audit.unaccountedInRedis ? 'bad' : undefined}
        />
      </dl>
      <p className="mt-3 text-base text-slate-600 dark:text-slate-300">
        {t('audit.byPath')} <span className="font-semibold text-legacy">{t('audit.legacy', { count: f.count(ordersByPath.legacy) })}</span> ·{' '}
        <span className="font-semibold text-modern">{t('audit.atomic', { count: f.count(ordersByPath.redis) })}</span> ·{' '}
        <span className="font-semibold text-rose-600 dark:text-rose-400">{t('audit.naive', { count: f.count(ordersByPath.naive) })}</span>
        {audit.takesToReconcile > 0 && <> · {t('audit.waiting', { count: audit.takesToReconcile })}</>}
      </p>
      {problems.length > 0 && (
        <ul data-testid="audit-problems" className="mt-3 list-disc space-y-1 pl-6 text-base text-red-700 dark:text-red-300">
          {problems.map((problem) => (
            <li key={problem.key}>{t(`problems.${problem.key}`, { count: problem.values.count ?? 0, stock: f.count(problem.values.stock ?? 0) })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
