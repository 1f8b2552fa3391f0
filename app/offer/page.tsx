import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CodePanel } from '@/components/offer/code-panel';
import { OfferConsole } from '@/components/offer/offer-console';
import { listOfferCode } from '@/lib/scenarios/limited-offer/code-listing';
import { ORDER_PATHS, type OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';

// The payment delay and the engine's statements are read per request, on the server.
export const dynamic = 'force-dynamic';

export default async function OfferPage() {
  const t = await getTranslations('offer.page');
  const listings = listOfferCode();
  const codePanels = Object.fromEntries(ORDER_PATHS.map((path) => [path, <CodePanel key={path} listing={listings[path]} />])) as Record<OrderPath, ReactNode>;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-5xl text-lg text-slate-600 dark:text-slate-400">
          {t.rich('intro', {
            legacy: (chunks) => <span className="font-semibold text-legacy">{chunks}</span>,
            modern: (chunks) => <span className="font-semibold text-modern">{chunks}</span>,
          })}
        </p>
      </section>
      <OfferConsole initialDelayMs={getOfferSettings().paymentDelayMs} codePanels={codePanels} />
    </div>
  );
}
