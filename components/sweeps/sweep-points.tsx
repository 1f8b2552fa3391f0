'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';

/** Every point of a sweep: figures, the books after it (order sweeps), its thresholds. */
export function SweepPoints({ sweep }: { sweep: SweepRecord }) {
  const t = useTranslations('sweep.points');
  const format = useFormat();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-lg tabular-nums" data-testid="sweep-points">
        <thead>
          <tr className="border-b-2 border-slate-300 text-left dark:border-slate-600">
            <th className="py-2 pr-4">{t('side')}</th>
            <th className="py-2 pr-4 text-right">{sweep.kind === 'concurrency' ? t('connections') : t('purchases')}</th>
            <th className="py-2 pr-4 text-right">{t('rps')}</th>
            <th className="py-2 pr-4 text-right">p50</th>
            <th className="py-2 pr-4 text-right">p95</th>
            <th className="py-2 pr-4 text-right">p99</th>
            <th className="py-2 pr-4 text-right">{t('failed')}</th>
            {sweep.scenario === 'order' && <th className="py-2 pr-4">{t('books')}</th>}
            {sweep.settings.thresholds.length > 0 && <th className="py-2 pr-4">{t('thresholds')}</th>}
          </tr>
        </thead>
        <tbody>
          {sweep.points.map((point) => (
            <tr key={`${point.side}-${point.level}`} className="border-b border-slate-200 dark:border-slate-700" data-testid="sweep-point" data-side={point.side} data-level={point.level}>
              <td className={`py-1.5 pr-4 font-semibold ${point.side === 'legacy' ? 'text-legacy' : 'text-modern'}`}>
                {t('sideName', { side: point.side })}
                {point.status !== 'completed' && <span className="ml-2 text-sm font-normal text-slate-500">({t('status', { status: point.status })})</span>}
                {sweep.knees[point.side]?.level === point.level && <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">{t('knee')}</span>}
              </td>
              <td className="py-1.5 pr-4 text-right">{format.count(point.level)}</td>
              <td className="py-1.5 pr-4 text-right">{point.summary ? format.rate(point.summary.requestsPerSecond) : '—'}</td>
              <td className="py-1.5 pr-4 text-right">{point.summary ? format.ms(point.summary.latency.p50) : '—'}</td>
              <td className="py-1.5 pr-4 text-right">{point.summary ? format.ms(point.summary.latency.p95) : '—'}</td>
              <td className="py-1.5 pr-4 text-right">{point.summary ? format.ms(point.summary.latency.p99) : '—'}</td>
              <td className={`py-1.5 pr-4 text-right ${point.summary && point.summary.failed > 0 ? 'text-red-700 dark:text-red-300' : ''}`}>{point.summary ? format.count(point.summary.failed) : '—'}</td>
              {sweep.scenario === 'order' && (
                <td className={`py-1.5 pr-4 ${point.audit?.balanced ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}`} title={point.audit?.problems.join(' ')}>
                  {point.audit ? (point.audit.balanced ? t('balanced', { orders: point.audit.recorded }) : t('unbalanced')) : '—'}
                </td>
              )}
              {sweep.settings.thresholds.length > 0 && <td className="py-1.5 pr-4">{point.thresholds ? (point.thresholds.passed ? t('pass') : t('fail')) : '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
