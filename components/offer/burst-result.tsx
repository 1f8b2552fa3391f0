'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { BurstState } from '@/lib/scenarios/limited-offer/burst';

/** A burst's progress bar, rate and outcome counts. */
export function BurstResult({ burst }: { burst: BurstState }) {
  const t = useTranslations('offer.burst');
  const f = useFormat();
  const seconds = burst.elapsedMs / 1000;
  const rate = seconds > 0 ? burst.done / seconds : 0;
  const share = burst.requests > 0 ? (100 * burst.done) / burst.requests : 0;
  const bad = 'font-bold text-red-600 dark:text-red-400';
  return (
    <div data-testid={`burst-${burst.path}`} data-status={burst.status} className="space-y-2">
      <div className="h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" role="progressbar" aria-valuenow={burst.done} aria-valuemax={burst.requests} aria-label={t('progress')}>
        <div className="h-full bg-slate-500 transition-[width] dark:bg-slate-300" style={{ width: `${share}%` }} />
      </div>
      <p className="text-base">
        <span className="font-semibold">{t('status', { status: burst.status })}</span>:{' '}
        {t.rich('line', {
          done: f.count(burst.done),
          requests: f.count(burst.requests),
          concurrency: f.count(burst.concurrency),
          delay: f.count(burst.paymentDelayMs),
          seconds: f.seconds(seconds),
          rate: f.count(rate),
          b: (chunks) => <span className="font-mono font-semibold">{chunks}</span>,
        })}
      </p>
      <p className="font-mono text-base" data-testid={`burst-counts-${burst.path}`}>
        {t('ordered', { count: f.count(burst.counts.ordered) })} · {t('outOfStock', { count: f.count(burst.counts.out_of_stock) })}
        {burst.counts.oversold > 0 && <span className={bad}> · {t('oversold', { count: f.count(burst.counts.oversold) })}</span>}
        {burst.counts.failed > 0 && <span className={bad}> · {t('failed', { count: f.count(burst.counts.failed) })}</span>}
      </p>
      {/* The order code's own error text, as the server caught it. */}
      {burst.lastError && <p className="text-sm text-red-700 dark:text-red-300">{t('lastError', { error: burst.lastError })}</p>}
    </div>
  );
}
