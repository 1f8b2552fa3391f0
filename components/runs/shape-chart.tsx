'use client';

import { useTranslations } from 'next-intl';
import { TimeSeriesChart } from '@/components/charts/time-series-chart';
import type { RunRecord } from '@/lib/load/run-types';

/** A shaped run: the stage profile's target beside what the generator achieved, second by second. */
export function ShapeChart({ run, color, height }: { run: RunRecord; color: string; height: number }) {
  const t = useTranslations('sweep.shape');
  if (!run.settings.stages || run.settings.stages.length === 0) return null;
  const kind = run.settings.model === 'open' ? 'rate' : 'connections';
  const rows = run.seconds.filter((second) => second.shape).map((second) => ({ second: second.second, target: second.shape!.target, achieved: second.shape!.achieved }));
  return (
    <TimeSeriesChart
      title={t('title', { kind })}
      testId="shape-chart"
      data={rows}
      xKey="second"
      xLabel={t('second')}
      yUnit={t('unit', { kind })}
      height={height}
      series={[
        { key: 'target', name: t('target'), color: '#64748b', dashed: true },
        { key: 'achieved', name: t('achieved'), color },
      ]}
    />
  );
}
