'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { CustomerCompare } from '@/components/lookup/customer-compare';
import { emptyNote, ItemPane, JoinedPane, StagingPane } from '@/components/lookup/explorer-panes';
import type { PurchaseExploration } from '@/lib/scenarios/purchase-lookup/explore-purchase';

const input = 'w-40 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg sm:w-44 dark:border-slate-700 dark:bg-slate-950';
const button = 'rounded-md px-5 py-2 text-lg font-semibold shadow-sm disabled:opacity-40';

/** One purchase three ways: the join, the pivoted staging row, the DynamoDB item. */
export function PurchaseExplorer() {
  const t = useTranslations('lookup.explorer');
  const [customerId, setCustomerId] = useState('');
  const [purchaseId, setPurchaseId] = useState('');
  const [view, setView] = useState<PurchaseExploration | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  async function explore(random: boolean) {
    setLoading(true);
    setError(null);
    try {
      const body = await apiFetch<PurchaseExploration>('/api/lookup/explore', { query: random ? undefined : { customerId: customerId.trim(), purchaseId: purchaseId.trim() } });
      setView(body);
      setCustomerId(body.key.customerId);
      setPurchaseId(body.key.purchaseId);
    } catch (caught) {
      setView(null);
      setError(caught);
    } finally {
      setLoading(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void explore(false);
  };

  return (
    <section aria-labelledby="explorer-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <h2 id="explorer-title" className="mr-4 text-2xl font-semibold">
          {t('title')}
        </h2>
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
            customerId
            <input data-testid="explorer-customer" className={input} inputMode="numeric" value={customerId} onChange={(e) => setCustomerId(e.target.value)} />
          </label>
          <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
            purchaseId
            <input data-testid="explorer-purchase" className={input} inputMode="numeric" value={purchaseId} onChange={(e) => setPurchaseId(e.target.value)} />
          </label>
          <button type="submit" data-testid="explorer-lookup" disabled={loading} className={`${button} bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900`}>
            {t('lookUp')}
          </button>
          <button type="button" data-testid="explorer-random" disabled={loading} onClick={() => void explore(true)} className={`${button} border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900`}>
            {t('random')}
          </button>
        </form>
      </div>
      <CustomerCompare customerId={customerId} />
      {error ? <ErrorNote testId="explorer-error" error={error} className="rounded bg-red-100 p-3 text-lg text-red-800 dark:bg-red-950 dark:text-red-200" /> : null}
      {!view && !error && emptyNote(t('hint'))}
      {view && (
        <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,1.05fr)_minmax(0,1.45fr)]">
          <JoinedPane view={view} />
          <StagingPane view={view} />
          <ItemPane view={view} />
        </div>
      )}
    </section>
  );
}
