'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/components/runs/api';
import { RequestCostPanel } from '@/components/lookup/request-cost-panel';
import { ComparisonView } from '@/components/runs/comparison-view';
import { ExportLinks } from '@/components/runs/export-links';
import { HistoryPanel } from '@/components/runs/history-panel';
import { LivePanel } from '@/components/runs/live-panel';
import { RunControls } from '@/components/runs/run-controls';
import { RunSummary } from '@/components/runs/run-summary';
import { useLiveRuns } from '@/components/runs/use-live-runs';
import { runColors } from '@/lib/load/run-colors';
import type { RunRecord } from '@/lib/scenario-catalog';

/** The load-run page: controls, the live showdown, its results, and the history. */
export function RunsDashboard() {
  const live = useLiveRuns();
  const [presenter, setPresenter] = useState(false);
  const { focus, runs, adoptRuns } = live;

  // After a reload the live stream names the last showdown; its finished runs come from the store.
  const wanted = focus?.kind === 'showdown' ? [focus.showdown.legacyRunId, focus.showdown.modernRunId] : focus?.kind === 'run' ? [focus.runId] : [];
  const missing = wanted.filter((id): id is string => !!id && !runs[id]).join(',');
  useEffect(() => {
    if (!missing) return;
    void Promise.all(missing.split(',').map((id) => callApi<RunRecord>(`/api/runs/${id}`))).then((results) => adoptRuns(results.flatMap((r) => (r.ok ? [r.data] : []))));
  }, [missing, adoptRuns]);

  const busy = live.active !== null;
  const activeId = live.active?.id ?? null;
  const showdown = focus?.kind === 'showdown' ? focus.showdown : null;
  const legacy = showdown?.legacyRunId ? runs[showdown.legacyRunId] : undefined;
  const modern = showdown?.modernRunId ? runs[showdown.modernRunId] : undefined;
  const single = focus?.kind === 'run' ? runs[focus.runId] : undefined;
  const showdownDone = showdown && showdown.status !== 'running' && legacy?.summary && modern?.summary && legacy.status !== 'running' && modern.status !== 'running';

  return (
    <div className={`space-y-6 ${presenter ? 'text-[1.1rem]' : ''}`}>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-4xl font-bold">Load runs</h1>
        <span className={`rounded-full px-3 py-1 text-base font-medium ${live.connected ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'}`} data-testid="live-connection">
          {live.connected ? 'Live' : 'Reconnecting…'}
        </span>
        <button
          type="button"
          onClick={() => setPresenter((p) => !p)}
          aria-pressed={presenter}
          className="ml-auto rounded-lg border border-slate-300 px-4 py-2 text-lg font-medium dark:border-slate-600"
          data-testid="presenter-toggle"
        >
          {presenter ? 'Leave presenter view' : 'Presenter view'}
        </button>
      </div>

      <RunControls busy={busy} activeId={activeId} compact={presenter} />
      <LivePanel focus={focus} runs={runs} presenter={presenter} />

      {showdownDone && legacy && modern && (
        <section aria-labelledby="results-title" className="space-y-4">
          <h2 id="results-title" className="text-3xl font-bold">
            Result
          </h2>
          <ComparisonView base={legacy} other={modern} testId="showdown-results" />
          {showdown.scenario === 'lookup' && <RequestCostPanel testId="showdown-cost-panel" />}
        </section>
      )}

      {single && single.status !== 'running' && (
        <section aria-labelledby="single-title" className="space-y-4 rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900" data-testid="single-results">
          <h2 id="single-title" className="text-3xl font-bold">
            Result: {single.label}
          </h2>
          <RunSummary run={single} color={runColors([single])[0]!} />
          <ExportLinks runId={single.id} />
        </section>
      )}

      {!presenter && <HistoryPanel refreshKey={live.endedCount} />}
    </div>
  );
}
