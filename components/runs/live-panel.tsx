'use client';

import { useTranslations } from 'next-intl';
import { niceMax } from '@/components/charts/chart-theme';
import type { Focus } from '@/components/runs/live-runs-reducer';
import { chartRows } from '@/components/runs/run-figures';
import { SideColumn } from '@/components/runs/side-column';
import { useNow } from '@/components/runs/use-now';
import { useRunText } from '@/components/runs/use-run-text';
import { runColors, sideColors } from '@/lib/load/run-colors';
import type { RunRecord, ShowdownState } from '@/lib/scenario-catalog';
import { targetCatalog, type TargetId } from '@/lib/scenario-catalog';

/** One scale for every chart shown together, so heights compare at a glance. */
function sharedScale(runs: Array<RunRecord | undefined>) {
  const rows = runs.flatMap((run) => chartRows(run));
  return { yMaxRps: niceMax(Math.max(0, ...rows.map((r) => r.rps))), yMaxMs: niceMax(Math.max(0, ...rows.map((r) => r.p99))) };
}

/** The live area: nothing yet, one run, or a showdown's two sides. */
export function LivePanel({ focus, runs, presenter }: { focus: Focus; runs: Record<string, RunRecord>; presenter: boolean }) {
  const t = useTranslations('runs.live');
  const text = useRunText();
  const now = useNow(Object.values(runs).some((run) => run.status === 'running'));
  if (!focus) {
    return (
      <section className="rounded-xl border-2 border-dashed border-slate-300 p-6 text-center text-xl text-slate-500 sm:p-10 sm:text-2xl dark:border-slate-700" data-testid="live-empty">
        {t('empty')}
      </section>
    );
  }

  if (focus.kind === 'run') {
    const run = runs[focus.runId];
    if (!run) return null;
    const [color] = runColors([run]);
    return (
      <section aria-label={t('runLabel')} className="space-y-3" data-testid="live-single">
        <p className="text-lg text-slate-600 dark:text-slate-300">
          <span className="font-semibold">{text.describeModel(run.settings)}</span> · {run.request} · {t('window')}
        </p>
        <SideColumn run={run} color={color!} title={text.titleOf(run)} {...sharedScale([run])} now={now} presenter={presenter} testId="live-run" />
      </section>
    );
  }

  return <ShowdownPanel showdown={focus.showdown} runs={runs} now={now} presenter={presenter} />;
}

function ShowdownPanel({ showdown, runs, now, presenter }: { showdown: ShowdownState; runs: Record<string, RunRecord>; now: number; presenter: boolean }) {
  const t = useTranslations('runs.live');
  const text = useRunText();
  const legacy = showdown.legacyRunId ? runs[showdown.legacyRunId] : undefined;
  const modern = showdown.modernRunId ? runs[showdown.modernRunId] : undefined;
  const scale = sharedScale([legacy, modern]);
  const phase = showdown.status === 'running' ? t(`phase.${showdown.phase}`) : showdown.status === 'completed' ? t('finished') : t('ended', { status: showdown.status });
  return (
    <section aria-label={t('showdownLabel')} className="space-y-3" data-testid="live-showdown" data-phase={showdown.phase} data-status={showdown.status}>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <h2 className="text-2xl font-bold sm:text-3xl">
          {t('showdown', { scenario: showdown.scenario })} <span className="text-slate-500">{t('mode', { mode: showdown.mode })}</span>
        </h2>
        <span className="text-xl sm:text-2xl" data-testid="showdown-phase">
          {phase}
        </span>
      </div>
      <p className="text-lg text-slate-600 dark:text-slate-300">
        <span className="font-semibold">{text.describeModel(showdown.settings)}</span> · {showdown.mode === 'fair' ? t('fairExplain') : t('raceExplain')} · {t('window')}
      </p>
      {showdown.error && (
        <p role="alert" className="rounded-lg bg-red-100 p-3 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">
          {showdown.error}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <SideSlot run={legacy} targetId={showdown.legacyTargetId} role="legacy" {...scale} now={now} presenter={presenter} waiting={t('startsFirst')} />
        <SideSlot run={modern} targetId={showdown.modernTargetId} role="modern" {...scale} now={now} presenter={presenter} waiting={showdown.mode === 'fair' ? t('startsAfter') : t('starting')} />
      </div>
    </section>
  );
}

function SideSlot(props: { run: RunRecord | undefined; targetId: TargetId; role: 'legacy' | 'modern'; yMaxRps: number; yMaxMs: number; now: number; presenter: boolean; waiting: string }) {
  const text = useRunText();
  const title = text.titleOf({ side: props.role, targetId: props.targetId, label: targetCatalog[props.targetId]?.label ?? props.targetId });
  if (!props.run) {
    return (
      <div className="rounded-xl border-2 border-dashed border-slate-300 p-6 sm:p-8 dark:border-slate-700" data-testid={`side-${props.role}`} data-points={0}>
        <h3 className={`text-2xl font-bold ${props.role === 'legacy' ? 'text-legacy' : 'text-modern'}`}>{title}</h3>
        <p className="mt-2 text-xl text-slate-500">{props.waiting}</p>
      </div>
    );
  }
  return <SideColumn run={props.run} color={sideColors[props.role]} title={title} yMaxRps={props.yMaxRps} yMaxMs={props.yMaxMs} now={props.now} presenter={props.presenter} testId={`side-${props.role}`} />;
}
