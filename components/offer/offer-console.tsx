'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ErrorNote } from '@/components/error-note';
import { AuditPanel } from '@/components/offer/audit-panel';
import { PathCard } from '@/components/offer/path-card';
import { pathLooks } from '@/components/offer/offer-paths';
import { SetupPanel } from '@/components/offer/setup-panel';
import { useOfferConsole } from '@/components/offer/use-offer-console';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';

/**
 * The scenario's controls: reset, payment delay, a burst per order path with its progress, and
 * the audit after every burst. The code panels come from the server, read from the code.
 */
export function OfferConsole({ initialDelayMs, codePanels }: { initialDelayMs: number; codePanels: Record<OrderPath, ReactNode> }) {
  const t = useTranslations('offer.audit');
  const offer = useOfferConsole(initialDelayMs);
  const idle = offer.busy === null && offer.running === null;

  return (
    <div className="space-y-6">
      {offer.problem && <ErrorNote testId="offer-error" prefix={offer.problem.prefix} error={offer.problem.error} />}
      {offer.notice && (
        <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-base text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          {offer.notice}
        </p>
      )}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <SetupPanel
          form={offer.form}
          setField={offer.setField}
          appliedDelay={offer.appliedDelay}
          canReset={idle}
          canApply={offer.busy === null}
          onReset={() => void offer.reset()}
          onApplyDelay={() => void offer.applyDelay()}
        />
        <section aria-labelledby="audit-title" className="min-w-0 rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900">
          <div className="mb-3 flex items-center justify-between">
            <h2 id="audit-title" className="text-xl font-semibold">
              {t('title')}
            </h2>
            <button type="button" onClick={() => void offer.refresh()} disabled={offer.busy !== null} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
              {t('refresh')}
            </button>
          </div>
          {offer.audit ? <AuditPanel audit={offer.audit} /> : <p className="text-slate-500">{t('none')}</p>}
        </section>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        {pathLooks.map((look) => (
          <PathCard
            key={look.path}
            look={look}
            burst={offer.bursts[look.path]}
            requests={offer.form.requests}
            canFire={idle}
            isRunning={offer.running?.path === look.path}
            onFire={() => void offer.fire(look.path)}
            onStop={() => void offer.stop()}
            codePanel={codePanels[look.path]}
          />
        ))}
      </div>
    </div>
  );
}
