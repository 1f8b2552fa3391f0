'use client';

import { useTranslations } from 'next-intl';
import { jobButton } from '@/components/lookup/styles';

export function StopButton({ onStop }: { onStop: () => void }) {
  const t = useTranslations('lookup.pipeline');
  return (
    <button type="button" onClick={onStop} className={`${jobButton} bg-slate-600 hover:bg-slate-700`}>
      {t('stop')}
    </button>
  );
}
