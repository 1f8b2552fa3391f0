'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { useFormat } from '@/i18n/use-format';
import type { Format } from '@/i18n/format';
import type { ComparisonRow } from '@/lib/load/compare-runs';

/** Within 5 %: "about the same", as lib/load/compare-runs.ts decides. */
const TIE = 0.05;
const latencyKeys = new Set(['p50', 'p90', 'p95', 'p99', 'max', 'mean']);

function formatValue(f: Format, key: string, value: number | null): string {
  if (value === null) return '—';
  if (key === 'throughput') return f.rate(value);
  if (latencyKeys.has(key)) return f.ms(value);
  if (key === 'totalTime') return f.seconds(value);
  return f.count(value);
}

/**
 * A comparison row in the visitor's language, built from the row's figures and advantage (the
 * row's own label and sentence are the English of the CLI and the exported reports).
 */
export function useComparisonText() {
  const t = useTranslations('runs.comparison');
  const f = useFormat();
  return useCallback(
    (row: ComparisonRow) => {
      const base = formatValue(f, row.key, row.base);
      const other = formatValue(f, row.key, row.other);
      const label = t.has(`labels.${row.key}`) ? t(`labels.${row.key}`) : row.label;
      const card = t.has(`cards.${row.key}`) ? t(`cards.${row.key}`) : label;
      const a = row.advantage;
      const same = a !== null && Math.abs(a - 1) <= TIE;
      let sentence = '';
      if (row.base !== null && row.other !== null) {
        if (row.key === 'throughput') {
          if (a === null) sentence = t('sentence.throughputPlain', { base, other });
          else if (same) sentence = t('sentence.throughputSame', { base, other });
          else sentence = a > 1 ? t('sentence.throughputMore', { ratio: f.ratio(a) }) : t('sentence.throughputLess', { ratio: f.ratio(1 / a) });
        } else if (latencyKeys.has(row.key) || row.key === 'totalTime') {
          const time = row.key === 'totalTime';
          const verdict =
            a === null ? null : same ? t('sentence.same') : a > 1 ? t(time ? 'sentence.shorter' : 'sentence.faster', { ratio: f.ratio(a) }) : t(time ? 'sentence.longer' : 'sentence.slower', { ratio: f.ratio(1 / a) });
          if (time) sentence = verdict === null ? t('sentence.totalTime', { base, other }) : t('sentence.totalTimeVerdict', { base, other, verdict });
          else sentence = verdict === null ? t('sentence.change', { label, base, other }) : t('sentence.changeVerdict', { label, base, other, verdict });
        } else {
          sentence = t('sentence.change', { label, base, other });
        }
      }
      return { label, card, base, other, sentence, big: row.key === 'throughput' && a !== null ? f.ratio(a) : other };
    },
    [t, f],
  );
}
