'use client';

import { useTranslations } from 'next-intl';
import { NumberField } from '@/components/offer/number-field';
import { actionButton } from '@/components/offer/offer-paths';
import type { OfferForm } from '@/components/offer/use-offer-console';

interface Props {
  form: OfferForm;
  setField: (field: keyof OfferForm) => (value: string) => void;
  appliedDelay: number;
  canReset: boolean;
  canApply: boolean;
  onReset: () => void;
  onApplyDelay: () => void;
}

/** Stock and reset, the payment delay, and the size of the next burst. */
export function SetupPanel({ form, setField, appliedDelay, canReset, canApply, onReset, onApplyDelay }: Props) {
  const t = useTranslations('offer.setup');
  const secondary = `${actionButton} bg-slate-700 hover:bg-slate-800 dark:bg-slate-600`;
  return (
    <section aria-labelledby="setup-title" className="space-y-5 rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900">
      <h2 id="setup-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <NumberField id="offer-stock" label={t('stock')} value={form.stock} onChange={setField('stock')} min={0} max={1_000_000} />
        <button type="button" onClick={onReset} disabled={!canReset} className={secondary}>
          {t('reset')}
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <NumberField id="offer-delay" label={t('delay')} value={form.delay} onChange={setField('delay')} min={0} max={10_000} suffix="ms" />
        <button type="button" onClick={onApplyDelay} disabled={!canApply} className={secondary}>
          {t('apply')}
        </button>
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="applied-delay">
        {t('inForce', { ms: appliedDelay })}
      </p>
      <div className="flex flex-wrap gap-4">
        <NumberField id="offer-requests" label={t('orders')} value={form.requests} onChange={setField('requests')} min={1} max={10_000} />
        <NumberField id="offer-concurrency" label={t('atOnce')} value={form.concurrency} onChange={setField('concurrency')} min={1} max={150} />
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400">{t.rich('httpNote', { code: (chunks) => <code className="font-mono">{chunks}</code> })}</p>
    </section>
  );
}
