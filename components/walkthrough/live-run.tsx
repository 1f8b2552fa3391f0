'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { chartRows, runProgress, runTotals } from '@/components/runs/run-figures';
import { useLiveRuns } from '@/components/runs/use-live-runs';
import { useFormat } from '@/i18n/use-format';
import type { RunRecord } from '@/lib/scenario-catalog';

/** The newest run of the target seen on the live stream (going now, or just ended). */
function latestOf(runs: Record<string, RunRecord>, targetId: string): RunRecord | null {
  let best: RunRecord | null = null;
  for (const run of Object.values(runs)) {
    if (run.targetId === targetId && (!best || run.startedAt > best.startedAt)) best = run;
  }
  return best;
}

/** A load run as it happens, from the same Server-Sent Events as the Load runs page. */
export function LiveRun({ targetId, since }: { targetId: string; since: number }) {
  const t = useTranslations('walkthrough.common');
  const format = useFormat();
  const live = useLiveRuns();
  const [now, setNow] = useState(() => Date.now());
  const run = latestOf(live.runs, targetId);
  const shown = run && run.startedAt >= since ? run : null;
  const running = shown?.status === 'running';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [running]);

  if (!shown) return null;
  const totals = runTotals(shown);
  const last = shown.seconds.at(-1);
  const percent = Math.round(runProgress(shown, now) * 100);
  const elapsedMs = (shown.endedAt ?? now) - shown.startedAt;
  return (
    <div className="mt-4 space-y-3" data-testid="live-run" data-status={shown.status} data-run-id={shown.id}>
      <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t('progress')}</h3>
      <div className="h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="h-full bg-blue-600 transition-[width]" style={{ width: `${percent}%` }} />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        {[
          [t('elapsed'), format.duration(elapsedMs)],
          [t('requestsDone'), format.count(totals.requests)],
          [t('rps'), last ? format.rate(last.rps) : '—'],
          [t('p95Live'), last ? format.ms(last.p95) : '—'],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
            <dd className="font-mono text-lg tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {shown.seconds.length > 1 && (
        <TimeSeriesChart
          title={t('p95')}
          data={chartRows(shown)}
          xKey="second"
          xLabel="s"
          yUnit="ms"
          height={180}
          series={[{ key: 'p95', name: t('p95'), color: '#2563eb' }]}
        />
      )}
    </div>
  );
}
