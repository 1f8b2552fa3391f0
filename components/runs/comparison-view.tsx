'use client';

import { useTranslations } from 'next-intl';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import { EngineNotice } from '@/components/runs/engine-notice';
import { ExportLinks } from '@/components/runs/export-links';
import { RunSummary } from '@/components/runs/run-summary';
import { useComparisonText } from '@/components/runs/use-comparison-text';
import { useRunText } from '@/components/runs/use-run-text';
import { useFormat } from '@/i18n/use-format';
import { compareRuns, type ComparisonRow } from '@/lib/load/compare-runs';
import { runColors } from '@/lib/load/run-colors';
import type { RunRecord } from '@/lib/scenario-catalog';

/**
 * Two finished runs compared: delta cards with the ratios said plainly, the full table, and each
 * run's ab/Gatling summary with its distribution. `overlay` adds both runs on shared charts.
 */
export function ComparisonView({ base, other, overlay, testId }: { base: RunRecord; other: RunRecord; overlay?: boolean; testId: string }) {
  const t = useTranslations('runs');
  const f = useFormat();
  const { titleOf } = useRunText();
  const rowText = useComparisonText();
  const comparison = compareRuns(base, other);
  const colors = runColors([base, other]);
  const merged = mergeSeconds(base, other);
  return (
    <section className="space-y-6" data-testid={testId}>
      {/* Which engine served each side, beside the cards: an emulator's latency is not the real service's. */}
      <EngineNotice engines={{ [base.side ?? 'legacy']: base.engine, [other.side ?? 'modern']: other.engine }} />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5" data-testid="delta-cards">
        {comparison.headline.map((row) => (
          <DeltaCard key={row.key} row={row} text={rowText(row)} baseColor={colors[0]!} otherColor={colors[1]!} />
        ))}
      </div>

      <div className="overflow-x-auto rounded-xl bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900">
        <table className="w-full text-base sm:text-xl" data-testid="comparison-table">
          <thead>
            <tr className="border-b-2 border-slate-300 text-left dark:border-slate-600">
              <th className="py-2 pr-6 font-semibold">{t('comparison.figure')}</th>
              <th className="py-2 pr-6 text-right font-semibold" style={{ color: colors[0] }}>
                {titleOf(base)}
              </th>
              <th className="py-2 pr-6 text-right font-semibold" style={{ color: colors[1] }}>
                {titleOf(other)}
              </th>
              <th className="py-2 font-semibold">{t('comparison.plain')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => {
              const text = rowText(row);
              return (
                <tr key={row.key} className="border-b border-slate-200 dark:border-slate-700">
                  <th scope="row" className="py-2 pr-6 text-left font-normal text-slate-600 dark:text-slate-300">
                    {text.label}
                  </th>
                  <td className={`py-2 pr-6 text-right tabular-nums ${row.winner === 'base' ? 'font-bold' : ''}`}>{text.base}</td>
                  <td className={`py-2 pr-6 text-right tabular-nums ${row.winner === 'other' ? 'font-bold' : ''}`}>{text.other}</td>
                  <td className="py-2">{text.sentence}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {base.showdown?.mode === 'race' && <p className="mt-3 text-lg text-slate-600 dark:text-slate-300">{t('comparison.race')}</p>}
        {base.settings.seed !== null && base.keys && other.keys && base.settings.seed === other.settings.seed && (
          <p className="mt-1 text-base text-slate-500">{t('comparison.sameKeys', { count: f.count(base.keys.count), seed: base.settings.seed })}</p>
        )}
        <div className="mt-4">
          <ExportLinks runId={base.id} compareId={other.id} title={t('comparison.exportBoth')} />
        </div>
      </div>

      {overlay && (
        <div className="grid gap-6 rounded-xl bg-white p-5 shadow-sm xl:grid-cols-2 dark:bg-slate-900">
          <TimeSeriesChart
            title={t('comparison.overlayRps')}
            testId="overlay-rps"
            data={merged}
            xKey="second"
            xLabel={t('live.second')}
            yUnit="req/s"
            series={[
              { key: 'aRps', name: titleOf(base), color: colors[0]! },
              { key: 'bRps', name: titleOf(other), color: colors[1]! },
            ]}
          />
          <TimeSeriesChart
            title={t('comparison.overlayP95')}
            testId="overlay-p95"
            data={merged}
            xKey="second"
            xLabel={t('live.second')}
            yUnit="ms"
            series={[
              { key: 'aP95', name: titleOf(base), color: colors[0]! },
              { key: 'bP95', name: titleOf(other), color: colors[1]! },
            ]}
          />
        </div>
      )}

      <div className="grid gap-6 xl:grid-cols-2">
        {[base, other].map((run, i) => (
          <div key={run.id} className="min-w-0 space-y-3 rounded-xl bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900">
            <h3 className="text-2xl font-bold" style={{ color: colors[i] }}>
              {titleOf(run)}
            </h3>
            <RunSummary run={run} color={colors[i]!} />
            <ExportLinks runId={run.id} />
          </div>
        ))}
      </div>
    </section>
  );
}

function DeltaCard({ row, text, baseColor, otherColor }: { row: ComparisonRow; text: ReturnType<ReturnType<typeof useComparisonText>>; baseColor: string; otherColor: string }) {
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900" data-testid={`delta-${row.key}`}>
      <div className="text-lg font-medium text-slate-600 dark:text-slate-300">{text.card}</div>
      <div className={`mt-1 text-4xl font-black tabular-nums sm:text-5xl ${row.winner === 'other' ? 'text-emerald-600 dark:text-emerald-400' : row.winner === 'base' ? 'text-red-600 dark:text-red-400' : ''}`}>{text.big}</div>
      <div className="mt-2 text-xl tabular-nums">
        <span style={{ color: baseColor }}>{text.base}</span> → <span style={{ color: otherColor }}>{text.other}</span>
      </div>
      <div className="mt-1 text-lg text-slate-600 dark:text-slate-300">{text.sentence}</div>
    </div>
  );
}

function mergeSeconds(a: RunRecord, b: RunRecord) {
  const length = Math.max(a.seconds.length, b.seconds.length);
  return Array.from({ length }, (_, i) => ({
    second: i + 1,
    aRps: a.seconds[i]?.rps ?? null,
    bRps: b.seconds[i]?.rps ?? null,
    aP95: a.seconds[i]?.p95 ?? null,
    bP95: b.seconds[i]?.p95 ?? null,
  }));
}
