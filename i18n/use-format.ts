'use client';

import { useLocale } from 'next-intl';
import { useMemo } from 'react';
import { makeFormat, type Format } from '@/i18n/format';

/** The locale's formatters (i18n/format.ts) for a client component; times in the browser's zone. */
export function useFormat(): Format {
  const locale = useLocale();
  return useMemo(() => makeFormat(locale), [locale]);
}
