'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetchText } from '@/components/api/client-fetch';
import { useFormat } from '@/i18n/use-format';
import { useErrorText } from '@/i18n/use-error-text';
import type { CustomerPurchases } from '@/lib/scenarios/purchase-lookup/purchase';

interface Side {
  ms: number;
  body: CustomerPurchases | null;
  error: unknown;
  text: string;
}

async function fetchSide(customerId: string, backend: 'relational' | 'dynamodb'): Promise<Side> {
  const started = performance.now();
  try {
    const text = await apiFetchText('/api/lookup/customer', { query: { customerId, backend } });
    return { ms: performance.now() - started, body: JSON.parse(text) as CustomerPurchases, error: null, text };
  } catch (error) {
    return { ms: performance.now() - started, body: null, error, text: '' };
  }
}

/** A customer's purchases through the join on purchase.customerid and through Query on the partition key. */
export function CustomerCompare({ customerId }: { customerId: string }) {
  const t = useTranslations('lookup.customer');
  const f = useFormat();
  const errorText = useErrorText();
  const [result, setResult] = useState<{ relational: Side; dynamodb: Side; customerId: string } | null>(null);
  const [loading, setLoading] = useState(false);

  async function compare() {
    setLoading(true);
    try {
      const [relational, dynamodb] = await Promise.all([fetchSide(customerId, 'relational'), fetchSide(customerId, 'dynamodb')]);
      setResult({ relational, dynamodb, customerId });
    } finally {
      setLoading(false);
    }
  }

  const side = (label: string, colour: string, s: Side) => {
    const problem = s.error ? errorText(s.error) : null;
    return (
      <span>
        <span className={`font-semibold ${colour}`}>{label}</span>{' '}
        {problem ? (
          <span className="text-red-700 dark:text-red-300">
            {problem.text}
            {problem.detail && <span className="ml-1 text-sm opacity-80">({problem.detail})</span>}
          </span>
        ) : (
          t('purchases', { count: f.count(s.body?.purchases.length), ms: `${f.decimal(s.ms, 1)} ms` })
        )}
      </span>
    );
  };

  const same = result && result.relational.text === result.dynamodb.text;
  return (
    <div className="flex flex-wrap items-center gap-4 text-base" data-testid="customer-compare">
      <button
        type="button"
        disabled={loading || !/^[1-9]\d*$/.test(customerId.trim())}
        onClick={() => void compare()}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold shadow-sm disabled:opacity-40 dark:border-slate-700 dark:bg-slate-900"
      >
        {t('button', { id: customerId.trim() || '…' })}
      </button>
      {result && (
        <>
          {side(t('join'), 'text-legacy', result.relational)}
          {side(t('query'), 'text-modern', result.dynamodb)}
          {!result.relational.error && !result.dynamodb.error && (
            <span className={same ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>{same ? t('identical') : t('differ')}</span>
          )}
          <span className="text-sm text-slate-500">{t('note', { id: result.customerId })}</span>
        </>
      )}
    </div>
  );
}
