'use client';

import { useEffect, useState } from 'react';
import { niceMax } from '@/components/charts/chart-theme';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { chartRows, runProgress, runTotals } from '@/components/runs/run-figures';
import { RunVerdicts } from '@/components/runs/run-verdicts';
import { ShapeChart } from '@/components/runs/shape-chart';
import type { Focus } from '@/components/runs/use-live-runs';
import { formatCount, formatMs, formatRate } from '@/lib/load/format';
import { runColors, sideColors } from '@/lib/load/run-colors';
import { describeModel } from '@/lib/load/run-settings';
import type { RunRecord, ShowdownState } from '@/lib/scenario-catalog';
import { targetCatalog, type TargetId } from '@/lib/scenario-catalog';

const phaseText: Record<ShowdownState['phase'], string> = {
  preparing: 'Preparing…',
  legacy: 'Running the legacy side…',
  between: 'Legacy side done; the modern side starts in a moment…',
  modern: 'Running the modern side…',
  both: 'Both sides running at once…',
  done: 'Done',
};

/** Re-renders every half second while something runs, so elapsed times move between points. */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

export function LivePanel({ focus, runs, presenter }: { focus: Focus; runs: Record<string, RunRecord>; presenter: boolean }) {
  const anyRunning = Object.values(runs).some((run) => run.status === 'running');
  const now = useNow(anyRunning);
  if (!focus) {
    return (
      <section className="rounded-xl border-2 border-dashed border-slate-300 p-10 text-center text-2xl text-slate-500 dark:border-slate-700" data-testid="live-empty">
        No run yet. Start a showdown above: the legacy and the modern path with the same settings, live, side by side.
      </section>
    );
  }

  if (focus.kind === 'run') {
    const run = runs[focus.runId];
    if (!run) return null;
    const [color] = runColors([run]);
    const rows = chartRows(run);
    return (
      <section aria-label="Live run" className="space-y-3" data-testid="live-single">
        <ModelBanner run={run} />
        <SideColumn run={run} color={color!} title={run.side ? `${run.side === 'legacy' ? 'Legacy' : 'Modern'}: ${run.label}` : run.label} yMaxRps={niceMax(Math.max(0, ...rows.map((r) => r.rps)))} yMaxMs={niceMax(Math.max(0, ...rows.map((r) => r.p99)))} now={now} presenter={presenter} testId="live-run" />
      </section>
    );
  }

  const { showdown } = focus;
  const legacy = showdown.legacyRunId ? runs[showdown.legacyRunId] : undefined;
  const modern = showdown.modernRunId ? runs[showdown.modernRunId] : undefined;
  const all = [...chartRows(legacy), ...chartRows(modern)];
  // One scale for both sides, so the heights can be compared at a glance.
  const yMaxRps = niceMax(Math.max(0, ...all.map((r) => r.rps)));
  const yMaxMs = niceMax(Math.max(0, ...all.map((r) => r.p99)));
  return (
    <section aria-label="Live showdown" className="space-y-3" data-testid="live-showdown" data-phase={showdown.phase} data-status={showdown.status}>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1">
        <h2 className="text-3xl font-bold">
          Showdown: {showdown.scenario === 'order' ? 'limited offer' : 'purchase lookup'}{' '}
          <span className="text-slate-500">— {showdown.mode === 'fair' ? 'fair mode' : 'race mode'}</span>
        </h2>
        <span className="text-2xl" data-testid="showdown-phase">
          {showdown.status === 'running' ? phaseText[showdown.phase] : showdown.status === 'completed' ? 'Finished' : `Showdown ${showdown.status}`}
        </span>
      </div>
      <p className="text-lg text-slate-600 dark:text-slate-300">
        <span className="font-semibold">{describeModel(showdown.settings)}</span> ·{' '}
        {showdown.mode === 'fair'
          ? 'Fair mode: one side after the other with identical settings, so neither shares the machine with the other.'
          : 'Race mode: both sides run at the same time and share this machine (its CPU, disk and the load generator).'}{' '}
        · Each point is one 1-second window.
      </p>
      {showdown.error && (
        <p role="alert" className="rounded-lg bg-red-100 p-3 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">
          {showdown.error}
        </p>
      )}
      <div className="grid gap-6 xl:grid-cols-2">
        <SideSlot run={legacy} targetId={showdown.legacyTargetId} role="legacy" yMaxRps={yMaxRps} yMaxMs={yMaxMs} now={now} presenter={presenter} waiting="Starts first." />
        <SideSlot run={modern} targetId={showdown.modernTargetId} role="modern" yMaxRps={yMaxRps} yMaxMs={yMaxMs} now={now} presenter={presenter} waiting={showdown.mode === 'fair' ? 'Starts when the legacy side is done.' : 'Starting…'} />
      </div>
    </section>
  );
}

function ModelBanner({ run }: { run: RunRecord }) {
  return (
    <p className="text-lg text-slate-600 dark:text-slate-300">
      <span className="font-semibold">{describeModel(run.settings)}</span> · {run.request} · Each point is one 1-second window.
    </p>
  );
}

function SideSlot(props: { run: RunRecord | undefined; targetId: TargetId; role: 'legacy' | 'modern'; yMaxRps: number; yMaxMs: number; now: number; presenter: boolean; waiting: string }) {
  const target = targetCatalog[props.targetId];
  const title = `${props.role === 'legacy' ? 'Legacy' : 'Modern'}: ${target.label}`;
  if (!props.run) {
    return (
      <div className="rounded-xl border-2 border-dashed border-slate-300 p-8 dark:border-slate-700" data-testid={`side-${props.role}`} data-points={0}>
        <h3 className={`text-2xl font-bold ${props.role === 'legacy' ? 'text-legacy' : 'text-modern'}`}>{title}</h3>
        <p className="mt-2 text-xl text-slate-500">{props.waiting}</p>
      </div>
    );
  }
  return <SideColumn run={props.run} color={sideColors[props.role]} title={title} yMaxRps={props.yMaxRps} yMaxMs={props.yMaxMs} now={props.now} presenter={props.presenter} testId={`side-${props.role}`} />;
}

function SideColumn({ run, color, title, yMaxRps, yMaxMs, now, presenter, testId }: { run: RunRecord; color: string; title: string; yMaxRps: number; yMaxMs: number; now: number; presenter: boolean; testId: string }) {
  const rows = chartRows(run);
  const last = run.seconds.at(-1);
  const totals = runTotals(run);
  const progress = runProgress(run, now);
  const elapsed = ((run.endedAt ?? now) - run.startedAt) / 1000;
  const saturated = run.seconds.slice(-3).some((s) => s.generator.saturated);
  const chartHeight = presenter ? 300 : 240;
  return (
    <div className="rounded-xl border-t-8 bg-white p-5 shadow-sm dark:bg-slate-900" style={{ borderTopColor: color }} data-testid={testId} data-points={run.seconds.length} data-status={run.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-2xl font-bold" style={{ color }}>
          {title}
        </h3>
        <span className="font-mono text-base text-slate-500">{run.request}</span>
      </div>
      <div className="mt-1 flex items-center gap-3 text-lg">
        <StatusBadge status={run.status} />
        <span className="tabular-nums">{elapsed.toFixed(0)} s</span>
        <div className="h-3 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" role="progressbar" aria-valuenow={Math.round(progress * 100)} aria-valuemin={0} aria-valuemax={100}>
          <div className="h-full rounded-full" style={{ width: `${progress * 100}%`, background: color }} />
        </div>
      </div>
      {run.error && <p className="mt-2 text-lg text-red-700 dark:text-red-300">{run.error}</p>}
      <RunVerdicts run={run} />

      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Tile label="Req/s, last second" value={last ? formatRate(last.rps) : '—'} big />
        <Tile label="p95 (last second)" value={last ? formatMs(last.p95) : '—'} big />
        <Tile label="Requests done" value={formatCount(totals.requests)} />
        <Tile label="Errors" value={formatCount(totals.errors)} bad={totals.errors > 0} detail={totals.errors > 0 ? `status ${totals.statusErrors} · timeout ${totals.timeouts} · connection ${totals.connectionErrors}` : undefined} />
        {run.scenario === 'order' && (
          <>
            <Tile label="Ordered" value={formatCount(totals.ordered)} />
            <Tile label="Out of stock" value={formatCount(totals.outOfStock)} />
            <Tile label="Oversold" value={formatCount(totals.oversold)} bad={totals.oversold > 0} />
          </>
        )}
      </dl>

      <div className="mt-4 space-y-2">
        <TimeSeriesChart title="Requests per second" testId={`${testId}-rps-chart`} data={rows} xKey="second" xLabel="second" yUnit="req/s" yMax={yMaxRps} height={chartHeight} series={[{ key: 'rps', name: 'requests/s', color }]} />
        <TimeSeriesChart
          title="Latency per second"
          testId={`${testId}-latency-chart`}
          data={rows}
          xKey="second"
          xLabel="second"
          yUnit="ms"
          yMax={yMaxMs}
          height={chartHeight}
          formatY={(v) => (v === 0 ? '0' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'))}
          series={[
            { key: 'p50', name: 'p50', color: '#64748b' },
            { key: 'p95', name: 'p95', color },
            { key: 'p99', name: 'p99', color, dashed: true },
          ]}
        />
      </div>

      <p className="mt-2 text-base text-slate-500 dark:text-slate-400" data-testid={`${testId}-generator`}>
        Load generator: CPU {last ? `${last.generator.cpuPercent.toFixed(0)}%` : '—'} of a core · event-loop lag p99 {last ? formatMs(last.generator.eventLoopLagP99Ms) : '—'}
        {last && last.lateStarts > 0 ? ` · ${formatCount(last.lateStarts)} late starts (every connection busy)` : ''}
      </p>
      <ShapeChart run={run} color={color} height={chartHeight} />
      {saturated && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-100 p-3 text-lg font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="generator-warning">
          The load generator is the bottleneck: it uses a whole core or its event loop lags. These seconds measure the generator, not the database.
        </p>
      )}
    </div>
  );
}

function Tile({ label, value, big, bad, detail }: { label: string; value: string; big?: boolean; bad?: boolean; detail?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
      <dt className="text-base text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className={`font-bold tabular-nums ${big ? 'text-4xl' : 'text-3xl'} ${bad ? 'text-red-600 dark:text-red-400' : ''}`}>{value}</dd>
      {detail && <dd className="text-sm text-slate-500">{detail}</dd>}
    </div>
  );
}

export function StatusBadge({ status }: { status: RunRecord['status'] }) {
  const tone: Record<RunRecord['status'], string> = {
    running: 'bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100',
    completed: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
    cancelled: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
    failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
    interrupted: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  };
  return <span className={`rounded px-2 py-0.5 text-base font-semibold ${tone[status]}`}>{status}</span>;
}
