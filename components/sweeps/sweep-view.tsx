'use client';

import { useTranslations } from 'next-intl';
import { EngineNotice } from '@/components/runs/engine-notice';
import { SweepChart } from '@/components/sweeps/sweep-chart';
import { SweepPoints } from '@/components/sweeps/sweep-points';
import { ThresholdBadge } from '@/components/runs/threshold-badge';
import { useFormat } from '@/i18n/use-format';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';

/** One sweep: where it is, the curves with their knees, the points, the exports. */
export function SweepView({ sweep, onCancel }: { sweep: SweepRecord; onCancel?: () => void }) {
  const t = useTranslations('sweep.view');
  const format = useFormat();
  const progress = sweep.progress;
  const total = sweep.settings.levels.length * 2;
  const unit = sweep.kind === 'concurrency' ? 'connections' : 'purchases';
  return (
    <section className="space-y-4 rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900" data-testid="sweep-view" data-status={sweep.status} data-sweep-id={sweep.id}>
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <h2 className="text-3xl font-bold">{t('title', { legacy: sweep.labels.legacy, modern: sweep.labels.modern })}</h2>
        <span className="text-xl" data-testid="sweep-status">
          {sweep.status === 'running' && progress
            ? t('running', { done: sweep.points.length, total, level: sweep.settings.levels[progress.levelIndex] ?? 0, side: progress.side ?? 'none', step: progress.step, unit })
            : t('status', { status: sweep.status, done: sweep.points.length, total })}
        </span>
        {sweep.settings.thresholds.length > 0 && <ThresholdBadge passed={sweep.status === 'running' ? (progress?.live?.thresholds?.passed ?? null) : sweep.passed} live={sweep.status === 'running'} rules={sweep.settings.thresholds} testId="sweep-thresholds" />}
        {sweep.status === 'running' && onCancel && (
          <button type="button" onClick={onCancel} data-testid="cancel-sweep" className="ml-auto rounded-lg bg-red-600 px-5 py-2 text-lg font-semibold text-white hover:bg-red-700">
            {t('cancel')}
          </button>
        )}
      </div>
      {sweep.status === 'running' && progress?.live && (
        <p className="text-lg tabular-nums text-slate-600 dark:text-slate-300" data-testid="sweep-live">
          {t('live', { second: progress.live.second, seconds: sweep.settings.secondsPerLevel, rps: format.rate(progress.live.rps), p95: format.ms(progress.live.p95) })}
        </p>
      )}
      <p className="text-base text-slate-600 dark:text-slate-300">
        {t('settings', { levels: sweep.settings.levels.map((level) => format.count(level)).join(', '), seconds: sweep.settings.secondsPerLevel, scenario: sweep.scenario, stock: format.count(sweep.settings.stock) })}
      </p>
      {sweep.engines && <EngineNotice engines={sweep.engines} />}
      {sweep.error && (
        <p role="alert" className="rounded-lg bg-red-100 p-3 text-lg text-red-900 dark:bg-red-950 dark:text-red-100">
          {sweep.error}
        </p>
      )}
      <SweepChart sweep={sweep} />
      <ul className="space-y-1 text-lg" data-testid="sweep-knees">
        {(['legacy', 'modern'] as const).map((side) => {
          const knee = sweep.knees[side];
          return (
            <li key={side}>
              <span className={`font-semibold ${side === 'legacy' ? 'text-legacy' : 'text-modern'}`}>{t('sideName', { side, label: sweep.labels[side] })}: </span>
              {knee
                ? t('knee', { level: format.count(knee.level), next: format.count(knee.nextLevel), growth: Math.round(knee.rpsGrowth * 100), from: format.ms(knee.p95Before), to: format.ms(knee.p95After), unit })
                : t('noKnee')}
            </li>
          );
        })}
      </ul>
      <SweepPoints sweep={sweep} />
      <div className="flex flex-wrap items-center gap-2" data-testid="sweep-exports">
        <span className="text-base font-medium text-slate-600 dark:text-slate-300">{t('export')}</span>
        {(['json', 'csv', 'html'] as const).map((format) => (
          <a key={format} href={`/api/sweeps/${sweep.id}/export?format=${format}`} download data-testid={`sweep-download-${format}`} className="rounded-md border border-slate-300 px-3 py-1.5 text-base font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
            {t(`format.${format}`)}
          </a>
        ))}
      </div>
    </section>
  );
}
