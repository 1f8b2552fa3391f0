'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/components/runs/api';
import { HistoryTags } from '@/components/runs/history-tags';
import { ComparisonView } from '@/components/runs/comparison-view';
import { StatusBadge } from '@/components/runs/live-panel';
import { formatClock, formatCount, formatMs, formatRate } from '@/lib/load/format';
import { describeFlags } from '@/lib/load/run-settings';
import type { RunListItem, RunRecord } from '@/lib/scenario-catalog';

/** Every stored run; pick any two to overlay them. */
export function HistoryPanel({ refreshKey }: { refreshKey: number }) {
  const [runs, setRuns] = useState<RunListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [overlay, setOverlay] = useState<[RunRecord, RunRecord] | null>(null);

  useEffect(() => {
    let cancelled = false;
    void callApi<{ runs: RunListItem[] }>('/api/runs').then((result) => {
      if (cancelled) return;
      if (result.ok) {
        setRuns(result.data.runs);
        setError(null);
      } else setError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [refreshKey]);

  useEffect(() => {
    if (selected.length !== 2) return;
    let cancelled = false;
    // Oldest first: the earlier run is the reference the ratios are stated against.
    void Promise.all(selected.map((id) => callApi<RunRecord>(`/api/runs/${id}`))).then((results) => {
      if (cancelled) return;
      const loaded = results.flatMap((r) => (r.ok ? [r.data] : []));
      if (loaded.length === 2) setOverlay(loaded.sort((a, b) => a.startedAt - b.startedAt) as [RunRecord, RunRecord]);
      else setError('Could not load the selected runs.');
    });
    return () => {
      cancelled = true;
    };
  }, [selected]);

  const toggle = (id: string) => {
    setOverlay(null);
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id].slice(-2)));
  };

  return (
    <section aria-labelledby="history-title" className="space-y-4">
      <div className="flex items-baseline gap-4">
        <h2 id="history-title" className="text-2xl font-semibold">
          Run history
        </h2>
        <span className="text-lg text-slate-500">Tick two runs to overlay them.</span>
      </div>
      {error && <p className="rounded bg-red-100 p-3 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">{error}</p>}
      {runs === null ? (
        <p className="text-lg text-slate-500">Loading…</p>
      ) : runs.length === 0 ? (
        <p className="text-lg text-slate-500">No runs yet.</p>
      ) : (
        <div className="max-h-[32rem] overflow-auto rounded-xl bg-white shadow-sm dark:bg-slate-900">
          <table className="w-full text-lg" data-testid="history-table">
            <thead className="sticky top-0 bg-white dark:bg-slate-900">
              <tr className="border-b-2 border-slate-300 text-left dark:border-slate-600">
                <th className="px-3 py-2">Overlay</th>
                <th className="px-3 py-2">Started (UTC)</th>
                <th className="px-3 py-2">Target</th>
                <th className="px-3 py-2">Settings</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2 text-right">Req/s</th>
                <th className="px-3 py-2 text-right">p95</th>
                <th className="px-3 py-2 text-right">Failed</th>
                <th className="px-3 py-2">Export</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-b border-slate-200 dark:border-slate-700" data-testid="history-row" data-run-id={run.id}>
                  <td className="px-3 py-2">
                    <input type="checkbox" className="h-5 w-5" checked={selected.includes(run.id)} onChange={() => toggle(run.id)} aria-label={`Overlay run ${run.id}`} />
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatClock(run.startedAt)}</td>
                  <td className="px-3 py-2">
                    <span className={run.side === 'legacy' ? 'text-legacy' : run.side === 'modern' ? 'text-modern' : ''}>{run.label}</span>
                    {run.showdown && <span className="ml-2 text-sm text-slate-500">showdown ({run.showdown.mode})</span>}
                    <HistoryTags run={run} />
                  </td>
                  <td className="px-3 py-2 font-mono text-base">
                    {run.settings.model} {describeFlags(run.settings)}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={run.status} />
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{run.summary ? formatRate(run.summary.requestsPerSecond) : '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{run.summary ? formatMs(run.summary.latency.p95) : '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{run.summary ? formatCount(run.summary.failed) : '—'}</td>
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
