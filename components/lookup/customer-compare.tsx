'use client';

import { useState } from 'react';
import type { CustomerPurchases } from '@/lib/scenarios/purchase-lookup/purchase';
import { formatCount, readError } from '@/components/lookup/format';

interface Side {
  ms: number;
  body: CustomerPurchases | null;
  error: string | null;
  text: string;
}

async function fetchSide(customerId: string, backend: 'relational' | 'dynamodb'): Promise<Side> {
  const started = performance.now();
  const response = await fetch(`/api/lookup/customer?${new URLSearchParams({ customerId, backend })}`, { cache: 'no-store' });
  if (!response.ok) return { ms: performance.now() - started, body: null, error: await readError(response), text: '' };
  const text = await response.text();
  return { ms: performance.now() - started, body: JSON.parse(text) as CustomerPurchases, error: null, text };
}

/** A customer's purchases through the join on purchase.customerid and through Query on the partition key. */
export function CustomerCompare({ customerId }: { customerId: string }) {
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

  const side = (label: string, colour: string, s: Side) => (
    <span>
      <span className={`font-semibold ${colour}`}>{label}</span>{' '}
      {s.error ? <span className="text-red-700 dark:text-red-300">{s.error}</span> : <>{formatCount(s.body?.purchases.length)} purchases in {s.ms.toFixed(1)} ms</>}
    </span>
  );

  return (
    <div className="flex flex-wrap items-center gap-4 text-base" data-testid="customer-compare">
      <button
        type="button"
        disabled={loading || !/^[1-9]\d*$/.test(customerId.trim())}
        onClick={() => void compare()}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold shadow-sm disabled:opacity-40 dark:border-slate-700 dark:bg-slate-900"
      >
        All purchases of customer {customerId.trim() || '…'}
      </button>
      {result && (
        <>
          {side('Join:', 'text-legacy', result.relational)}
          {side('Query:', 'text-modern', result.dynamodb)}
          {!result.relational.error && !result.dynamodb.error && (
            <span className={result.relational.text === result.dynamodb.text ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}>
              {result.relational.text === result.dynamodb.text ? 'identical JSON' : 'answers differ'}
            </span>
          )}
          <span className="text-sm text-slate-500">(customer {result.customerId}, timed in the browser)</span>
        </>
      )}
    </div>
  );
}
