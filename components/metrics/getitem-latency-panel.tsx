'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { ErrorNote } from '@/components/error-note';
import { buildChartRows, formatMs, summarize } from '@/components/metrics/chart-rows';
import { LatencyChart, seriesColors } from '@/components/metrics/latency-chart';
import { LatencyControls } from '@/components/metrics/latency-controls';
import { LegendItem, MessageBox, Stat } from '@/components/metrics/latency-parts';
import { useLatencyReport } from '@/components/metrics/use-latency-report';
import { useFormat } from '@/i18n/use-format';
import type { GetItemLatencyReport, LatencyResolution, LatencyWindowMinutes } from '@/lib/metrics/latency-series';

/** Which words name the GetItem series: the app's own timings (emulator or AWS) or CloudWatch's metric. */
function sourceKey(report: GetItemLatencyReport): 'appEmulator' | 'appAws' | 'cloudwatch' {
  if (report.getItem.source === 'cloudwatch') return 'cloudwatch';
  return report.mode === 'emulator' ? 'appEmulator' : 'appAws';
}

/**
 * DynamoDB GetItem latency (CloudWatch, or timed by the app on the emulator) with the end-to-end
 * p95 of lookup runs on the same chart: the workshop's closing point, DB-side near 2 ms while
 * end-to-end stays higher. Reusable: the lookup page can embed it as is.
 */
export function GetItemLatencyPanel({ defaultWindow = 15 }: { defaultWindow?: LatencyWindowMinutes }) {
  const t = useTranslations('latency');
  const f = useFormat();
  const [windowMinutes, setWindowMinutes] = useState<LatencyWindowMinutes>(defaultWindow);
  const [resolution, setResolution] = useState<LatencyResolution>('minute');
  const [showRelational, setShowRelational] = useState(false);
  const { report, stale, failure } = useLatencyReport(windowMinutes, resolution);
  const shown = report ?? stale;
  const rows = useMemo(() => (shown ? buildChartRows(shown) : []), [shown]);
  const summary = useMemo(() => (shown ? summarize(shown) : null), [shown]);

  const hasGetItem = (shown?.getItem.points.length ?? 0) > 0;
  const hasEndToEnd = (shown?.endToEnd.points.length ?? 0) > 0 || (showRelational && (shown?.endToEndRelational.points.length ?? 0) > 0);
  const ms = (value: number | null) => formatMs(value, f.locale);
  // The server's own note (why there is nothing to overlay) follows the translated one in small print.
  const detail = (note: string) => <span className="ml-1 opacity-80">({note})</span>;

  return (
    <section aria-labelledby="getitem-latency-title" className="space-y-4 rounded-lg bg-white p-4 shadow-sm sm:p-6 dark:bg-slate-900" data-testid="getitem-latency-panel">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h2 id="getitem-latency-title" className="text-2xl font-semibold">
            {t('panel.title')}
          </h2>
          <p className="mt-1 text-base text-slate-600 dark:text-slate-400">
            {t('panel.source')}{' '}
            <span data-testid="latency-source" className="font-semibold text-slate-900 dark:text-slate-100">
              {shown ? t(`sources.${sourceKey(shown)}`, { table: shown.tableName }) : '…'}
            </span>
          </p>
        </div>
        <LatencyControls
          windowMinutes={windowMinutes}
          resolution={resolution}
          showRelational={showRelational}
          onWindow={setWindowMinutes}
          onResolution={setResolution}
          onShowRelational={setShowRelational}
        />
      </div>

      {failure ? (
        <ErrorNote testId="latency-failure" prefix={t('panel.failed')} error={failure} className="rounded-md bg-red-50 px-4 py-3 text-lg text-red-800 dark:bg-red-950 dark:text-red-200" />
      ) : null}

      {!shown && !failure && (
        <p role="status" className="text-lg text-slate-500">
          {t('panel.loading')}
        </p>
      )}

      {shown && summary && (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 md:grid-cols-4">
            <Stat label={t('stats.average')} value={ms(summary.getItemAverage)} color={seriesColors.average} testId="stat-getitem-average" />
            <Stat label={t('stats.max')} value={ms(summary.getItemMaximum)} color={seriesColors.maximum} testId="stat-getitem-max" />
            <Stat label={t('stats.endToEnd')} value={ms(summary.endToEndP95)} color={seriesColors.endToEnd} testId="stat-end-to-end" />
            <Stat
              label={shown.getItem.source === 'cloudwatch' ? t('stats.samplesCloudWatch') : t('stats.samplesApp')}
              value={f.count(summary.getItemSamples)}
              color="#94a3b8"
              testId="stat-getitem-samples"
            />
          </div>

          {shown.getItem.message && <MessageBox message={shown.getItem.message} report={shown} testId="getitem-message" />}

          {hasGetItem || hasEndToEnd ? (
            <>
              <ul className="flex flex-wrap gap-x-6 gap-y-1 text-base" aria-label={t('panel.legend')}>
                <LegendItem color={seriesColors.average} label={t('series.averageFrom', { source: shown.getItem.source })} />
                <LegendItem color={seriesColors.maximum} dashed label={t('series.max')} />
                <LegendItem color={seriesColors.endToEnd} label={t('series.endToEndLabel', { side: 'modern', resolution: shown.resolution })} />
                {showRelational && <LegendItem color={seriesColors.relational} dashed label={t('series.endToEndLabel', { side: 'legacy', resolution: shown.resolution })} />}
              </ul>
              <LatencyChart rows={rows} from={shown.from} to={shown.to} perSecond={shown.resolution === 'second'} showRelational={showRelational} />
            </>
          ) : (
            !shown.getItem.message && (
              <p data-testid="latency-empty" role="status" className="rounded-md bg-amber-50 px-4 py-3 text-lg text-amber-900 dark:bg-amber-950 dark:text-amber-100">
                {t('panel.empty')}
              </p>
            )
          )}

          <div className="space-y-1 text-sm text-slate-600 dark:text-slate-400">
            {shown.endToEnd.note && (
              <p data-testid="end-to-end-note">
                {t('notes.endToEnd', { side: 'modern' })}
                {detail(shown.endToEnd.note)}
              </p>
            )}
            {showRelational && shown.endToEndRelational.note && (
              <p>
                {t('notes.relational')}
                {detail(shown.endToEndRelational.note)}
              </p>
            )}
            <p>
              {t.rich('notes.footer', {
                table: shown.tableName,
                mode: shown.mode,
                time: f.time(shown.generatedAt),
                seconds: shown.refreshSeconds,
                code: (chunks) => <span className="font-mono">{chunks}</span>,
              })}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
