'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { SweepListItem } from '@/lib/load/sweeps/sweep-types';

/** Every stored sweep, one line each; pick one to see its curves. */
export function SweepHistory({ sweeps, shownId, onShow }: { sweeps: SweepListItem[] | null; shownId: string | null; onShow: (id: string) => void }) {
  const t = useTranslations('sweep.history');
  const format = useFormat();
  return (
    <section aria-labelledby="sweep-history-title" className="space-y-3">
      <h2 id="sweep-history-title" className="text-2xl font-semibold">
        {t('title')}
      </h2>
      {sweeps === null ? (
        <p className="text-lg text-slate-500">{t('loading')}</p>
      ) : sweeps.length === 0 ? (
        <p className="text-lg text-slate-500">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl bg-white shadow-sm dark:bg-slate-900">
          <table className="w-full text-lg" data-testid="sweep-history">
            <thead>
              <tr className="border-b-2 border-slate-300 text-left dark:border-slate-600">
                <th className="px-3 py-2">{t('started')}</th>
                <th className="px-3 py-2">{t('sides')}</th>
                <th className="px-3 py-2">{t('levels')}</th>
                <th className="px-3 py-2">{t('status')}</th>
                <th className="px-3 py-2">{t('knees')}</th>
                <th className="px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {sweeps.map((sweep) => (
                <tr key={sweep.id} className={`border-b border-slate-200 dark:border-slate-700 ${sweep.id === shownId ? 'bg-slate-50 dark:bg-slate-800' : ''}`} data-testid="sweep-history-row">
                  <td className="px-3 py-2 tabular-nums">{format.dateTime(sweep.startedAt)}</td>
                  <td className="px-3 py-2">
                    <span className="text-legacy">{sweep.labels.legacy}</span> · <span className="text-modern">{sweep.labels.modern}</span>
                    {sweep.engines && <span className="ml-2 text-sm text-slate-500">({sweep.engines.legacy.name} · {sweep.engines.modern.name})</span>}
                  </td>
                  <td className="px-3 py-2 font-mono text-base">{sweep.settings.levels.join(',')} × {sweep.settings.secondsPerLevel} s</td>
                  <td className="px-3 py-2">{t('statusText', { status: sweep.status, points: sweep.pointCount })}</td>
                  <td className="px-3 py-2">{t('kneeText', { legacy: sweep.knees.legacy ? format.count(sweep.knees.legacy.level) : '—', modern: sweep.knees.modern ? format.count(sweep.knees.modern.level) : '—' })}</td>
                  <td className="px-3 py-2">
                    <button type="button" onClick={() => onShow(sweep.id)} className="rounded-md border border-slate-300 px-3 py-1 text-base dark:border-slate-600">
                      {t('show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
