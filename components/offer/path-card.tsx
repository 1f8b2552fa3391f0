'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { BurstResult } from '@/components/offer/burst-result';
import { actionButton, type PathLook } from '@/components/offer/offer-paths';
import { useFormat } from '@/i18n/use-format';
import type { BurstState } from '@/lib/scenarios/limited-offer/burst';

interface Props {
  look: PathLook;
  burst: BurstState | undefined;
  requests: string;
  canFire: boolean;
  isRunning: boolean;
  onFire: () => void;
  onStop: () => void;
  codePanel: ReactNode;
}

/** One order path: what it does, its fire button, its last burst and the code it runs. */
export function PathCard({ look, burst, requests, canFire, isRunning, onFire, onStop, codePanel }: Props) {
  const t = useTranslations('offer');
  const f = useFormat();
  return (
    <section aria-labelledby={`path-${look.path}`} className={`min-w-0 space-y-4 rounded-lg border-t-8 bg-white p-5 shadow-sm dark:bg-slate-900 ${look.accent}`}>
      <header>
        <h2 id={`path-${look.path}`} className="text-2xl font-bold">
          {t(`paths.${look.path}.title`)}
        </h2>
        <p className="mt-1 text-base text-slate-600 dark:text-slate-300">{t(`paths.${look.path}.subtitle`)}</p>
        {look.warns && <p className="mt-2 rounded bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{t('paths.naive.warning')}</p>}
      </header>
      <div className="flex flex-wrap gap-3">
        <button type="button" data-testid={`fire-${look.path}`} onClick={onFire} disabled={!canFire} className={`${actionButton} ${look.button}`}>
          {t('burst.fire', { count: f.count(Number(requests)) })}
        </button>
        {isRunning && (
          <button type="button" onClick={onStop} className={`${actionButton} bg-slate-600 hover:bg-slate-700`}>
            {t('burst.stop')}
          </button>
        )}
      </div>
      {burst && <BurstResult burst={burst} />}
      {codePanel}
    </section>
  );
}
