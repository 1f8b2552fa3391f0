'use client';

import { RequestCostPanel } from '@/components/lookup/request-cost-panel';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ComparisonView } from '@/components/runs/comparison-view';
import { ExportLinks } from '@/components/runs/export-links';
import { HistoryPanel } from '@/components/runs/history-panel';
import { LivePanel } from '@/components/runs/live-panel';
import { RunControls } from '@/components/runs/run-controls';
import { RunSummary } from '@/components/runs/run-summary';
import { useLiveRuns } from '@/components/runs/use-live-runs';
import { useRunText } from '@/components/runs/use-run-text';
import { runColors } from '@/lib/load/run-colors';
import type { RunRecord } from '@/lib/scenario-catalog';

/** The load-run page: controls, the live showdown, its results, and the history. */
export function RunsDashboard() {
  const t = useTranslations('runs.page');
  const { targetLabel } = useRunText();
  const live = useLiveRuns();
  const [presenter, setPresenter] = useState(false);
  const { focus, runs, adoptRuns } = live;

  // After a reload the live stream names the last showdown; its finished runs come from the store.
  const wanted = focus?.kind === 'showdown' ? [focus.showdown.legacyRunId, focus.showdown.modernRunId] : focus?.kind === 'run' ? [focus.runId] : [];
  const missing = wanted.filter((id): id is string => !!id && !runs[id]).join(',');
  useEffect(() => {
    if (!missing) return;
    void Promise.allSettled(missing.split(',').map((id) => apiFetch<RunRecord>(`/api/runs/${id}`))).then((results) =>
      adoptRuns(results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))),
    );
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
        <h1 className="text-3xl font-bold sm:text-4xl">{t('title')}</h1>
        <span
          className={`rounded-full px-3 py-1 text-base font-medium ${live.connected ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100'}`}
          data-testid="live-connection"
        >
          {live.connected ? t('live') : t('reconnecting')}
        </span>
        <button
          type="button"
          onClick={() => setPresenter((p) => !p)}
          aria-pressed={presenter}
          className="ml-auto rounded-lg border border-slate-300 px-4 py-2 text-lg font-medium dark:border-slate-600"
          data-testid="presenter-toggle"
        >
          {presenter ? t('leavePresenter') : t('presenter')}
        </button>
      </div>

      <RunControls busy={busy} activeId={activeId} compact={presenter} />
      <LivePanel focus={focus} runs={runs} presenter={presenter} />

      {showdownDone && legacy && modern && (
        <section aria-labelledby="results-title" className="space-y-4">
          <h2 id="results-title" className="text-3xl font-bold">
            {t('result')}
          </h2>
          <ComparisonView base={legacy} other={modern} testId="showdown-results" />
          {showdown.scenario === 'lookup' && <RequestCostPanel testId="showdown-cost-panel" />}
        </section>
      )}

      {single && single.status !== 'running' && (
        <section aria-labelledby="single-title" className="space-y-4 rounded-xl bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900" data-testid="single-results">
          <h2 id="single-title" className="text-3xl font-bold">
            {t('resultOf', { label: targetLabel(single.targetId, single.label) })}
          </h2>
          <RunSummary run={single} color={runColors([single])[0]!} />
          <ExportLinks runId={single.id} />
        </section>
      )}

      {!presenter && <HistoryPanel refreshKey={live.endedCount} />}
    </div>
  );
}
