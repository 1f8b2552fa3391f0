'use client';

import { useTranslations } from 'next-intl';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { chartRows, runProgress, runTotals } from '@/components/runs/run-figures';
import { RunVerdicts } from '@/components/runs/run-verdicts';
import { ShapeChart } from '@/components/runs/shape-chart';
import { StatusBadge } from '@/components/runs/status-badge';
import { useFormat } from '@/i18n/use-format';
import type { RunRecord } from '@/lib/scenario-catalog';

function Tile({ label, value, big, bad, detail }: { label: string; value: string; big?: boolean; bad?: boolean; detail?: string }) {
  return (
    <div className="min-w-0 rounded-lg bg-slate-50 p-3 dark:bg-slate-800">
      <dt className="text-base text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className={`font-bold tabular-nums ${big ? 'text-3xl sm:text-4xl' : 'text-2xl sm:text-3xl'} ${bad ? 'text-red-600 dark:text-red-400' : ''}`}>{value}</dd>
      {detail && <dd className="text-sm text-slate-500">{detail}</dd>}
    </div>
  );
}

interface Props {
  run: RunRecord;
  color: string;
  title: string;
  yMaxRps: number;
  yMaxMs: number;
  now: number;
  presenter: boolean;
  testId: string;
}

/** One run live: status and progress, the last second's figures, its two charts and the generator's health. */
export function SideColumn({ run, color, title, yMaxRps, yMaxMs, now, presenter, testId }: Props) {
  const t = useTranslations('runs.live');
  const f = useFormat();
  const rows = chartRows(run);
  const last = run.seconds.at(-1);
  const totals = runTotals(run);
  const progress = runProgress(run, now);
  const elapsed = ((run.endedAt ?? now) - run.startedAt) / 1000;
  const saturated = run.seconds.slice(-3).some((s) => s.generator.saturated);
  const chartHeight = presenter ? 300 : 240;
  const latencyTick = (v: number) => (v === 0 ? '0' : v < 10 ? f.decimal(v, 1) : f.count(v));
  return (
    <div className="min-w-0 rounded-xl border-t-8 bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900" style={{ borderTopColor: color }} data-testid={testId} data-points={run.seconds.length} data-status={run.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-2xl font-bold" style={{ color }}>
          {title}
        </h3>
        <span className="font-mono text-base break-all text-slate-500">{run.request}</span>
      </div>
      <div className="mt-1 flex items-center gap-3 text-lg">
        <StatusBadge status={run.status} />
        <span className="tabular-nums">{f.wholeSeconds(elapsed)}</span>
        <div className="h-3 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" role="progressbar" aria-valuenow={Math.round(progress * 100)} aria-valuemin={0} aria-valuemax={100}>
          <div className="h-full rounded-full" style={{ width: `${progress * 100}%`, background: color }} />
        </div>
      </div>
      {/* Why the run failed, in the server's words. */}
      {run.error && <p className="mt-2 text-lg text-red-700 dark:text-red-300">{run.error}</p>}
      <RunVerdicts run={run} />

      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Tile label={t('rpsLast')} value={last ? f.rate(last.rps) : '—'} big />
        <Tile label={t('p95Last')} value={last ? f.ms(last.p95) : '—'} big />
        <Tile label={t('requestsDone')} value={f.count(totals.requests)} />
        <Tile
          label={t('errors')}
          value={f.count(totals.errors)}
          bad={totals.errors > 0}
          detail={totals.errors > 0 ? t('errorsDetail', { status: f.count(totals.statusErrors), timeout: f.count(totals.timeouts), connection: f.count(totals.connectionErrors) }) : undefined}
        />
        {run.scenario === 'order' && (
          <>
            <Tile label={t('ordered')} value={f.count(totals.ordered)} />
            <Tile label={t('outOfStock')} value={f.count(totals.outOfStock)} />
            <Tile label={t('oversold')} value={f.count(totals.oversold)} bad={totals.oversold > 0} />
          </>
        )}
      </dl>

      <div className="mt-4 space-y-2">
        <TimeSeriesChart title={t('rpsChart')} testId={`${testId}-rps-chart`} data={rows} xKey="second" xLabel={t('second')} yUnit="req/s" yMax={yMaxRps} height={chartHeight} series={[{ key: 'rps', name: t('rpsSeries'), color }]} />
        <TimeSeriesChart
          title={t('latencyChart')}
          testId={`${testId}-latency-chart`}
          data={rows}
          xKey="second"
          xLabel={t('second')}
          yUnit="ms"
          yMax={yMaxMs}
          height={chartHeight}
          formatY={latencyTick}
          series={[
            { key: 'p50', name: 'p50', color: '#64748b' },
            { key: 'p95', name: 'p95', color },
            { key: 'p99', name: 'p99', color, dashed: true },
          ]}
        />
      </div>

      <p className="mt-2 text-base text-slate-500 dark:text-slate-400" data-testid={`${testId}-generator`}>
        {t('generator', { cpu: last ? `${f.count(last.generator.cpuPercent)}%` : '—', lag: last ? f.ms(last.generator.eventLoopLagP99Ms) : '—' })}
        {last && last.lateStarts > 0 ? t('lateStarts', { count: f.count(last.lateStarts) }) : ''}
      </p>
      <ShapeChart run={run} color={color} height={chartHeight} />
      {saturated && (
        <p role="alert" className="mt-2 rounded-lg bg-amber-100 p-3 text-lg font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="generator-warning">
          {t('saturated')}
        </p>
      )}
    </div>
  );
}
