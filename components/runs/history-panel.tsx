'use client';

import { HistoryTags } from '@/components/runs/history-tags';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { ComparisonView } from '@/components/runs/comparison-view';
import { StatusBadge } from '@/components/runs/status-badge';
import { useRunText } from '@/components/runs/use-run-text';
import { useFormat } from '@/i18n/use-format';
import { LocalizedError } from '@/i18n/localized-error';
import { formatClock } from '@/lib/load/format';
import { describeFlags } from '@/lib/load/run-settings';
import type { RunListItem, RunRecord } from '@/lib/scenario-catalog';

const errorClass = 'rounded bg-red-100 p-3 text-lg text-red-900 dark:bg-red-950 dark:text-red-100';

/** Every stored run; pick any two to overlay them. */
export function HistoryPanel({ refreshKey }: { refreshKey: number }) {
  const t = useTranslations('runs.history');
  const common = useTranslations('common');
  const f = useFormat();
  const { targetLabel } = useRunText();
  const [runs, setRuns] = useState<RunListItem[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [overlay, setOverlay] = useState<[RunRecord, RunRecord] | null>(null);

  useEffect(() => {
    let cancelled = false;
    apiFetch<{ runs: RunListItem[] }>('/api/runs').then(
      (data) => {
        if (cancelled) return;
        setRuns(data.runs);
        setError(null);
      },
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, [refreshKey]);

  const loadFailed = t('loadFailed');
  useEffect(() => {
    if (selected.length !== 2) return;
    let cancelled = false;
    // Oldest first: the earlier run is the reference the ratios are stated against.
    Promise.all(selected.map((id) => apiFetch<RunRecord>(`/api/runs/${id}`))).then(
      (loaded) => !cancelled && setOverlay(loaded.sort((a, b) => a.startedAt - b.startedAt) as [RunRecord, RunRecord]),
      () => !cancelled && setError(new LocalizedError(loadFailed)),
    );
    return () => {
      cancelled = true;
    };
  }, [selected, loadFailed]);

  const toggle = (id: string) => {
    setOverlay(null);
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2)));
  };

  return (
    <section aria-labelledby="history-title" className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="history-title" className="text-2xl font-semibold">
          {t('title')}
        </h2>
        <span className="text-lg text-slate-500">{t('hint')}</span>
      </div>
      {error ? <ErrorNote error={error} className={errorClass} /> : null}
      {runs === null ? (
        <p className="text-lg text-slate-500">{common('loading')}</p>
      ) : runs.length === 0 ? (
        <p className="text-lg text-slate-500">{t('none')}</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto rounded-xl bg-white shadow-sm dark:bg-slate-900">
          <table className="w-full text-base sm:text-lg" data-testid="history-table">
            <thead className="sticky top-0 bg-white dark:bg-slate-900">
              <tr className="border-b-2 border-slate-300 text-left whitespace-nowrap dark:border-slate-600">
                <th className="px-3 py-2">{t('overlay')}</th>
                <th className="px-3 py-2">{t('started')}</th>
                <th className="px-3 py-2">{t('target')}</th>
                <th className="px-3 py-2">{t('settings')}</th>
                <th className="px-3 py-2">{t('status')}</th>
                <th className="px-3 py-2 text-right">{t('rps')}</th>
                <th className="px-3 py-2 text-right">{t('p95')}</th>
                <th className="px-3 py-2 text-right">{t('failed')}</th>
                <th className="px-3 py-2">{t('export')}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-b border-slate-200 dark:border-slate-700" data-testid="history-row" data-run-id={run.id}>
                  <td className="px-3 py-2">
                    <input type="checkbox" className="h-5 w-5" checked={selected.includes(run.id)} onChange={() => toggle(run.id)} aria-label={t('overlayRun', { id: run.id })} />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatClock(run.startedAt)}</td>
                  <td className="px-3 py-2">
                    <span className={run.side === 'legacy' ? 'text-legacy' : run.side === 'modern' ? 'text-modern' : ''}>{targetLabel(run.targetId, run.label)}</span>
                    {run.showdown && <span className="ml-2 text-sm text-slate-500">{t('showdown', { mode: run.showdown.mode })}</span>}
                    <HistoryTags run={run} />
                  </td>
                  <td className="px-3 py-2 font-mono text-base whitespace-nowrap">
                    {run.settings.model} {describeFlags(run.settings)}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={run.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{run.summary ? f.rate(run.summary.requestsPerSecond) : '—'}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{run.summary ? f.ms(run.summary.latency.p95) : '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{run.summary ? f.count(run.summary.failed) : '—'}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {(['json', 'csv', 'html'] as const).map((format) => (
                      <a key={format} href={`/api/runs/${run.id}/export?format=${format}`} download className="mr-3 text-base text-blue-700 underline dark:text-blue-300">
                        {format.toUpperCase()}
                      </a>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {overlay && <ComparisonView base={overlay[0]} other={overlay[1]} overlay testId="history-overlay" />}
    </section>
  );
}
