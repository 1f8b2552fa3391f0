'use client';

import { useTranslations } from 'next-intl';
import type { ThresholdVerdict } from '@/lib/load/thresholds/threshold-rules';

/** Pass / fail of a run's or a sweep's thresholds; live while it runs (on the figures so far). */
export function ThresholdBadge({ passed, live, rules, verdict, testId = 'threshold-badge' }: { passed: boolean | null; live?: boolean; rules: string[]; verdict?: ThresholdVerdict | null; testId?: string }) {
  const t = useTranslations('sweep.thresholds');
  if (rules.length === 0) return null;
  const tone = passed === null ? 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100' : passed ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100';
  const title = verdict ? verdict.results.map((r) => `${r.passed === null ? 'n/a' : r.passed ? '✓' : '✗'} ${r.rule}${r.actual === null ? '' : ` (${r.actual})`}`).join('\n') : rules.join('\n');
  return (
    <span className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-base font-bold ${tone}`} title={title} data-testid={testId} data-passed={passed === null ? '' : String(passed)} data-live={live ? 'true' : 'false'}>
      {passed === null ? t('pending') : live ? (passed ? t('livePass') : t('liveFail')) : passed ? t('pass') : t('fail')}
      <span className="font-normal">{rules.join(' · ')}</span>
    </span>
  );
}
