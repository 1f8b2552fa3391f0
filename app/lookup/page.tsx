import { LookupConsole } from '@/components/lookup/lookup-console';
import { PurchaseExplorer } from '@/components/lookup/purchase-explorer';
import { RequestCostPanel } from '@/components/lookup/request-cost-panel';

export const dynamic = 'force-dynamic';

export default function LookupPage() {
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Purchase lookup</h1>
        <p className="mt-2 max-w-5xl text-lg text-slate-600 dark:text-slate-400">
          <span className="font-semibold text-legacy">Legacy:</span> four normalized tables joined on every request.{' '}
          <span className="font-semibold text-modern">Modern:</span> one pivoted DynamoDB item per purchase, read with GetItem. Load runs hit{' '}
          <span className="font-mono">/legacy/selectPurchase</span> and <span className="font-mono">/msa/selectPurchase</span>.
        </p>
      </header>
      <LookupConsole />
      <PurchaseExplorer />
      <RequestCostPanel />
    </div>
  );
}
