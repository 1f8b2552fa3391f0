'use client';

import { useTranslations } from 'next-intl';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { axisTick, chartFrameClass, gridProps, niceTicks, tooltipStyle } from '@/components/charts/chart-theme';
import { useFormat } from '@/i18n/use-format';

export interface TimeSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
}

interface Props {
  title: string;
  data: Array<Record<string, number | null>>;
  xKey: string;
  xLabel: string;
  series: TimeSeries[];
  /** Fixed top of the y axis, so charts shown side by side share their scale. */
  yMax?: number;
  yUnit: string;
  height?: number;
  formatY?: (value: number) => string;
  testId?: string;
}

/** A line chart over the seconds of a run; animation off so a live point appears as it arrives. */
export function TimeSeriesChart({ title, data, xKey, xLabel, series, yMax, yUnit, height = 260, formatY, testId }: Props) {
  const t = useTranslations('charts');
  const f = useFormat();
  const y = (value: number) => (formatY ? formatY(value) : f.number(value));
  return (
    <figure className={chartFrameClass} data-testid={testId} data-points={data.length} data-y-max={yMax}>
      <figcaption className="mb-1 text-lg font-semibold text-slate-800 dark:text-slate-100">{title}</figcaption>
      <LineChart responsive style={{ width: '100%', height }} data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey={xKey} type="number" domain={[1, 'dataMax']} allowDecimals={false} tick={axisTick} label={{ value: xLabel, position: 'insideBottom', offset: -12, fill: 'currentColor', fontSize: 15 }} />
        <YAxis
          domain={[0, yMax ?? 'auto']}
          ticks={yMax !== undefined ? niceTicks(yMax) : undefined}
          allowDataOverflow={yMax !== undefined}
          tick={axisTick}
          width={88}
          tickFormatter={y}
          label={{ value: yUnit, angle: -90, position: 'insideLeft', fill: 'currentColor', fontSize: 15 }}
        />
        <Tooltip contentStyle={tooltipStyle} labelFormatter={(label) => t('xAt', { x: xLabel, value: String(label) })} formatter={(value) => (typeof value === 'number' ? `${y(value)} ${yUnit}` : String(value))} />
        {series.length > 1 && <Legend verticalAlign="top" align="right" height={28} wrapperStyle={{ fontSize: 16 }} />}
        {series.map((s) => (
          <Line key={s.key} type="linear" dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={3} strokeDasharray={s.dashed ? '8 5' : undefined} dot={data.length <= 2} isAnimationActive={false} connectNulls />
        ))}
      </LineChart>
    </figure>
  );
}
