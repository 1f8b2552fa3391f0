'use client';

import { useTranslations } from 'next-intl';
import type { RunListItem } from '@/lib/load/run-types';

/** In a history row: the engine that served the run (flagged when an emulator) and its thresholds' verdict. */
export function HistoryTags({ run }: { run: Pick<RunListItem, 'engine' | 'thresholds'> }) {
  const t = useTranslations('sweep.historyTags');
  return (
    <>
      {run.engine && (
        <span className={`ml-2 text-sm ${run.engine.emulator ? 'font-semibold text-amber-700 dark:text-amber-300' : 'text-slate-500'}`} data-testid="history-engine" title={run.engine.emulator ? t('emulatorTitle') : undefined}>
          {run.engine.emulator ? t('emulator', { engine: run.engine.name }) : run.engine.name}
        </span>
      )}
      {run.thresholds && (
        <span className={`ml-2 rounded px-1.5 text-sm font-semibold ${run.thresholds.passed ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100' : 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100'}`} data-testid="history-thresholds">
          {run.thresholds.passed ? t('pass') : t('fail')}
        </span>
      )}
    </>
  );
}
