'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartFrameClass, gridProps, tooltipStyle } from '@/components/charts/chart-theme';
import { useFormat } from '@/i18n/use-format';
import type { Format } from '@/i18n/format';

export interface DistributionBin {
  fromMs: number;
  toMs: number;
  count: number;
}

const binLabel = (f: Format, ms: number) => (ms === 0 ? '0' : ms < 1 ? f.decimal(ms, 2) : ms < 10 ? f.decimal(ms, 1) : f.count(ms));

/** Response-time distribution: how many requests took how long (the last bar holds the slowest 0.5 %). */
export function DistributionChart({ title, bins, color, height = 260, testId }: { title: string; bins: DistributionBin[]; color: string; height?: number; testId?: string }) {
  const t = useTranslations('charts');
  const f = useFormat();
  const label = (ms: number) => binLabel(f, ms);
  const data = bins.map((bin) => ({ range: `${label(bin.fromMs)}–${label(bin.toMs)}`, from: label(bin.fromMs), count: bin.count }));
  return (
    <figure className={chartFrameClass} data-testid={testId}>
      <figcaption className="mb-1 text-lg font-semibold text-slate-800 dark:text-slate-100">{title}</figcaption>
      <BarChart responsive style={{ width: '100%', height }} data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }} barCategoryGap={1}>
        <CartesianGrid {...gridProps} vertical={false} />
        <XAxis dataKey="from" tick={axisTick} interval="preserveStartEnd" minTickGap={24} label={{ value: t('responseTime'), position: 'insideBottom', offset: -12, fill: 'currentColor', fontSize: 15 }} />
        <YAxis tick={axisTick} width={88} allowDecimals={false} label={{ value: t('requests'), angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 15 }} />
        <Tooltip contentStyle={tooltipStyle} labelFormatter={(_, payload) => `${String(payload[0]?.payload?.range ?? '')} ms`} formatter={(value) => [f.count(Number(value)), t('requests')]} />
        <Bar dataKey="count" fill={color} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}
