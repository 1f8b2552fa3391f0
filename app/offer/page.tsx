import type { ReactNode } from 'react';
import { CodePanel } from '@/components/offer/code-panel';
import { OfferConsole } from '@/components/offer/offer-console';
import { listOfferCode } from '@/lib/scenarios/limited-offer/code-listing';
import { ORDER_PATHS, type OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';

// The payment delay and the engine's statements are read per request, on the server.
export const dynamic = 'force-dynamic';

export default function OfferPage() {
  const listings = listOfferCode();
  const codePanels = Object.fromEntries(ORDER_PATHS.map((path) => [path, <CodePanel key={path} listing={listings[path]} />])) as Record<OrderPath, ReactNode>;
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-3xl font-bold">Limited offer: one hot item, everyone buying at once</h1>
        <p className="mt-2 max-w-5xl text-lg text-slate-600 dark:text-slate-400">
          Product 1 goes on sale. The <span className="font-semibold text-legacy">legacy</span> path keeps its stock in a table row that every order locks in turn; the{' '}
          <span className="font-semibold text-modern">Redis</span> path takes a unit atomically in memory and only appends history to the table. Reset, fire a burst at each path, and read the audit.
        </p>
      </section>
      <OfferConsole initialDelayMs={getOfferSettings().paymentDelayMs} codePanels={codePanels} />
    </div>
  );
}
