'use client';

import { useTranslations } from 'next-intl';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartFrameClass, gridProps, tooltipStyle } from '@/components/charts/chart-theme';
import { useFormat } from '@/i18n/use-format';
import { sideColors } from '@/lib/load/run-colors';
import { chartRowsOf } from '@/lib/load/sweeps/sweep-curves';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';

/**
 * Throughput (solid, left axis) and p95 (dashed, right axis) against the level, both sides on one
 * chart, levels evenly spaced; a vertical line at each side's knee.
 */
export function SweepChart({ sweep, height = 460 }: { sweep: SweepRecord; height?: number }) {
  const t = useTranslations('sweep.chart');
  const format = useFormat();
  const rows = chartRowsOf(sweep);
  const name = (side: 'legacy' | 'modern') => t('side', { side, label: sweep.labels[side] });
  const unit = sweep.kind === 'concurrency' ? t('connections') : t('purchases');
  const drawn = (key: 'legacyRps' | 'modernRps') => rows.filter((row) => row[key] !== null).length;
  return (
    <figure className={chartFrameClass} data-testid="sweep-chart" data-legacy-points={drawn('legacyRps')} data-modern-points={drawn('modernRps')} data-knee-legacy={sweep.knees.legacy?.level ?? ''} data-knee-modern={sweep.knees.modern?.level ?? ''}>
      <figcaption className="mb-1 text-lg font-semibold text-slate-800 dark:text-slate-100">{t('title', { unit })}</figcaption>
      <ComposedChart responsive style={{ width: '100%', height }} data={rows} margin={{ top: 8, right: 16, bottom: 28, left: 8 }}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="level" type="category" tick={axisTick} tickFormatter={(value: number) => format.count(value)} label={{ value: unit, position: 'insideBottom', offset: -16, fill: 'currentColor', fontSize: 15 }} />
        <YAxis yAxisId="rps" tick={axisTick} width={88} tickFormatter={(value: number) => format.rate(value)} label={{ value: t('rpsAxis'), angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 15 }} />
        <YAxis yAxisId="p95" orientation="right" tick={axisTick} width={88} tickFormatter={(value: number) => format.ms(value)} label={{ value: t('p95Axis'), angle: 90, position: 'insideRight', fill: 'currentColor', fontSize: 15 }} />
        <Tooltip
          contentStyle={tooltipStyle}
          labelFormatter={(label) => `${format.count(Number(label))} ${unit}`}
          formatter={(value, key) => (typeof value === 'number' ? (String(key).includes('p95') ? format.ms(value) : `${format.rate(value)} req/s`) : String(value))}
        />
        <Legend verticalAlign="top" align="right" height={32} wrapperStyle={{ fontSize: 16 }} />
        <Line yAxisId="rps" type="linear" dataKey="legacyRps" name={`${name('legacy')} · ${t('rps')}`} stroke={sideColors.legacy} strokeWidth={3} dot isAnimationActive={false} connectNulls />
        <Line yAxisId="rps" type="linear" dataKey="modernRps" name={`${name('modern')} · ${t('rps')}`} stroke={sideColors.modern} strokeWidth={3} dot isAnimationActive={false} connectNulls />
        <Line yAxisId="p95" type="linear" dataKey="legacyP95" name={`${name('legacy')} · p95`} stroke={sideColors.legacy} strokeWidth={2} strokeDasharray="8 5" dot={false} isAnimationActive={false} connectNulls />
        <Line yAxisId="p95" type="linear" dataKey="modernP95" name={`${name('modern')} · p95`} stroke={sideColors.modern} strokeWidth={2} strokeDasharray="8 5" dot={false} isAnimationActive={false} connectNulls />
        {(['legacy', 'modern'] as const).map((side) =>
          sweep.knees[side] ? (
            <ReferenceLine
              key={side}
              yAxisId="rps"
              x={sweep.knees[side]!.level}
              stroke={sideColors[side]}
              strokeWidth={2}
              strokeDasharray="4 4"
              label={{ value: t('knee', { side }), position: side === 'legacy' ? 'insideTopLeft' : 'insideTopRight', fill: sideColors[side], fontSize: 16, fontWeight: 700 }}
            />
          ) : null,
        )}
      </ComposedChart>
      <figcaption className="mt-1 text-base text-slate-500 dark:text-slate-400">{t('legendNote')}</figcaption>
    </figure>
  );
}
