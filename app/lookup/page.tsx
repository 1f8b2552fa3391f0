import { getTranslations } from 'next-intl/server';
import { LookupConsole } from '@/components/lookup/lookup-console';
import { PresenterOnly } from '@/components/presenter/presenter-only';
import { PurchaseExplorer } from '@/components/lookup/purchase-explorer';
import { RequestCostPanel } from '@/components/lookup/request-cost-panel';

export const dynamic = 'force-dynamic';

export default async function LookupPage() {
  const t = await getTranslations('lookup.page');
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-5xl text-lg text-slate-600 dark:text-slate-400">
          {t.rich('intro', {
            legacy: (chunks) => <span className="font-semibold text-legacy">{chunks}</span>,
            modern: (chunks) => <span className="font-semibold text-modern">{chunks}</span>,
            code: (chunks) => <span className="font-mono break-all">{chunks}</span>,
          })}
        </p>
      </header>
      <PresenterOnly>
        <LookupConsole />
      </PresenterOnly>
      <PurchaseExplorer />
      <RequestCostPanel />
    </div>
  );
}
