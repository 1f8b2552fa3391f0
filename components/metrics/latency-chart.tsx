'use client';

import { useTranslations } from 'next-intl';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { formatMs, timeTicks, type ChartRow } from '@/components/metrics/chart-rows';
import { useFormat } from '@/i18n/use-format';

export const seriesColors = {
  average: 'var(--color-modern)',
  maximum: '#60a5fa',
  endToEnd: '#059669',
  relational: 'var(--color-legacy)',
} as const;

function timeFormatter(locale: string, withSeconds: boolean) {
  const format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined, hour12: false });
  return (t: number) => format.format(new Date(t));
}

function LatencyTooltip({ active, payload, withSeconds, showRelational }: TooltipContentProps & { withSeconds: boolean; showRelational: boolean }) {
  const t = useTranslations('latency.series');
  const f = useFormat();
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const ms = (value: number | null) => formatMs(value, f.locale);
  const lines: Array<{ color: string; label: string; value: string }> = [];
  if (row.average !== null) {
    lines.push({ color: seriesColors.average, label: t('average'), value: t('samples', { value: ms(row.average), count: f.count(row.sampleCount ?? 0) }) });
    lines.push({ color: seriesColors.maximum, label: t('max'), value: ms(row.maximum) });
  }
  if (row.endToEnd !== null) lines.push({ color: seriesColors.endToEnd, label: t('endToEnd'), value: t('requests', { value: ms(row.endToEnd), count: f.count(row.endToEndRequests ?? 0) }) });
  if (showRelational && row.relational !== null) lines.push({ color: seriesColors.relational, label: t('relational'), value: t('requests', { value: ms(row.relational), count: f.count(row.relationalRequests ?? 0) }) });
  return (
    <div className="rounded-md border border-slate-200 bg-white px-4 py-3 text-base shadow-lg dark:border-slate-700 dark:bg-slate-800">
      <p className="mb-1 font-semibold">{timeFormatter(f.locale, withSeconds)(row.t)}</p>
      {lines.length === 0 ? (
        <p className="text-slate-500 dark:text-slate-400">{t('noSamples')}</p>
      ) : (
        lines.map((line) => (
          <p key={line.label} className="flex items-center gap-2">
            <span className="inline-block h-3 w-3 rounded-full" style={{ background: line.color }} />
            <span>{line.label}:</span>
            <span className="font-mono">{line.value}</span>
          </p>
        ))
      )}
    </div>
  );
}

interface LatencyChartProps {
  rows: ChartRow[];
  from: number;
  to: number;
  perSecond: boolean;
  showRelational: boolean;
}

/** DB-side GetItem latency and end-to-end p95 on one time axis and one millisecond scale. */
export function LatencyChart({ rows, from, to, perSecond, showRelational }: LatencyChartProps) {
  const t = useTranslations('latency.series');
  const f = useFormat();
  const formatTime = timeFormatter(f.locale, perSecond);
  // Sparse minutes need dots, or a lone minute between gaps would not show at all.
  const dot = perSecond ? false : { r: 3 };
  return (
    <div className="h-[460px] w-full text-slate-600 dark:text-slate-300" data-testid="latency-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 10, right: 24, bottom: 10, left: 10 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[from, to]}
            ticks={timeTicks(from, to)}
            tickFormatter={formatTime}
            tick={{ fill: 'currentColor', fontSize: 15 }}
            stroke="currentColor"
            minTickGap={20}
          />
          <YAxis
            tick={{ fill: 'currentColor', fontSize: 15 }}
            stroke="currentColor"
            width={70}
            domain={[0, 'auto']}
            tickFormatter={(v: number) => `${f.number(v)} ms`}
          />
          <Tooltip content={(props) => <LatencyTooltip {...props} withSeconds={perSecond} showRelational={showRelational} />} isAnimationActive={false} />
          <Line name={t('max')} dataKey="maximum" stroke={seriesColors.maximum} strokeWidth={1.5} strokeDasharray="6 4" dot={dot} isAnimationActive={false} />
          <Line name={t('average')} dataKey="average" stroke={seriesColors.average} strokeWidth={3} dot={dot} isAnimationActive={false} />
          <Line name={t('endToEnd')} dataKey="endToEnd" stroke={seriesColors.endToEnd} strokeWidth={3} dot={dot} isAnimationActive={false} />
          {showRelational && (
            <Line
              name={t('relational')}
              dataKey="relational"
              stroke={seriesColors.relational}
              strokeWidth={2}
              strokeDasharray="3 3"
              dot={dot}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
