'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import type { PurchaseExploration } from '@/lib/scenarios/purchase-lookup/explore-purchase';
import type { JoinedLine } from '@/lib/scenarios/purchase-lookup/purchase';
import { CustomerCompare } from '@/components/lookup/customer-compare';
import { readError } from '@/components/lookup/format';

const joinedColumns: (keyof JoinedLine)[] = ['customerid', 'purchaseid', 'purchaseseq', 'productname', 'price', 'quantity', 'telnumber', 'purchasedate', 'name', 'address'];

function cellClass(column: keyof JoinedLine, value: unknown): string {
  if (typeof value === 'number') return 'whitespace-nowrap text-right font-mono tabular-nums';
  // Only the long text columns wrap; ids, phone numbers and dates stay on one line.
  return column === 'address' || column === 'productname' ? 'min-w-32' : 'whitespace-nowrap';
}

/** DynamoDB's wire format, one attribute a line, as the console's JSON view shows an item. */
function itemJson(item: Record<string, unknown>): string {
  const lines = ['{'];
  const entries = Object.entries(item);
  entries.forEach(([name, value], index) => {
    const comma = index < entries.length - 1 ? ',' : '';
    const map = (value as { M?: Record<string, unknown> }).M;
    if (map) {
      lines.push(`  "${name}": {`, '    "M": {');
      const inner = Object.entries(map);
      inner.forEach(([key, attribute], i) => lines.push(`      "${key}": ${JSON.stringify(attribute)}${i < inner.length - 1 ? ',' : ''}`));
      lines.push('    }', `  }${comma}`);
    } else {
      lines.push(`  "${name}": ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('}');
  return lines.join('\n');
}

function Pane(props: { testId: string; title: ReactNode; subtitle: string; timing: string; accent: string; children: ReactNode }) {
  return (
    <section data-testid={props.testId} className={`min-w-0 rounded-lg border-t-4 bg-white p-4 shadow-sm dark:bg-slate-900 ${props.accent}`}>
      <header className="mb-3 flex items-baseline justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-lg font-semibold">{props.title}</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">{props.subtitle}</p>
        </div>
        <span className="shrink-0 font-mono text-sm text-slate-600 dark:text-slate-400">{props.timing}</span>
      </header>
      {props.children}
    </section>
  );
}

const empty = (text: string) => <p className="rounded bg-slate-100 p-3 text-base text-slate-600 dark:bg-slate-800 dark:text-slate-300">{text}</p>;

/** One purchase three ways: the join, the pivoted staging row, the DynamoDB item. */
export function PurchaseExplorer() {
  const [customerId, setCustomerId] = useState('');
  const [purchaseId, setPurchaseId] = useState('');
  const [view, setView] = useState<PurchaseExploration | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function explore(random: boolean) {
    setLoading(true);
    setError(null);
    try {
      const query = random ? '' : `?${new URLSearchParams({ customerId: customerId.trim(), purchaseId: purchaseId.trim() })}`;
      const response = await fetch(`/api/lookup/explore${query}`, { cache: 'no-store' });
      if (!response.ok) throw new Error(await readError(response));
      const body = (await response.json()) as PurchaseExploration;
      setView(body);
      setCustomerId(body.key.customerId);
      setPurchaseId(body.key.purchaseId);
    } catch (caught) {
      setView(null);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setLoading(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void explore(false);
  };

  const input = 'w-44 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg dark:border-slate-700 dark:bg-slate-950';
  const button = 'rounded-md px-5 py-2 text-lg font-semibold shadow-sm disabled:opacity-40';

  return (
    <section aria-labelledby="explorer-title" className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <h2 id="explorer-title" className="mr-4 text-2xl font-semibold">
          Explorer
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
            Look up
          </button>
          <button
            type="button"
            data-testid="explorer-random"
            disabled={loading}
            onClick={() => void explore(true)}
            className={`${button} border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900`}
          >
            Random
          </button>
        </form>
      </div>
      <CustomerCompare customerId={customerId} />
      {error && (
        <p role="alert" data-testid="explorer-error" className="rounded bg-red-100 p-3 text-lg text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {!view && !error && empty('Enter a customerId and purchaseId, or pick a random purchase, to see it as joined rows, staging row and DynamoDB item.')}
      {view && (
        <div className="grid grid-cols-[minmax(0,3fr)_minmax(0,1.05fr)_minmax(0,1.45fr)] gap-4">
          <Pane
            testId="pane-joined"
            title={<span className="text-legacy">Joined rows</span>}
            subtitle="purchase ⋈ customer ⋈ product ⋈ seller: one row per line item"
            timing={`${view.timings.joinMs} ms`}
            accent="border-legacy"
          >
            {view.joinedRows.length === 0 ? (
              empty('No such purchase in the relational tables.')
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-slate-200 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                      {joinedColumns.map((column) => (
                        <th key={column} className={`px-1.5 py-1 font-mono text-xs font-medium ${column === 'address' || column === 'productname' ? '' : 'whitespace-nowrap'}`}>
                          {column}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {view.joinedRows.map((row) => (
                      <tr key={row.purchaseseq} className="border-b border-slate-100 align-top dark:border-slate-800">
                        {joinedColumns.map((column) => (
                          <td key={column} className={`px-1.5 py-1.5 ${cellClass(column, row[column])}`}>
                            {String(row[column])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Pane>
          <Pane testId="pane-staging" title="Staging row" subtitle="PURCHASE_DYNAMODB_FORMAT: the pivot, all strings" timing={`${view.timings.stagingMs} ms`} accent="border-slate-400">
            {view.stagingRow ? (
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-sm">
                {Object.entries(view.stagingRow).map(([column, value]) => (
                  <div key={column} className="contents">
                    <dt className="text-slate-500 dark:text-slate-400">{column}</dt>
                    <dd className="truncate" title={value}>
                      {value === '' ? <span className="text-slate-400">&apos;&apos;</span> : value}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : (
              empty('No staging row: build staging first.')
            )}
          </Pane>
          <Pane
            testId="pane-dynamodb"
            title={<span className="text-modern">DynamoDB item</span>}
            subtitle="GetItem on (customer_id, purchase_id)"
            timing={`${view.timings.getItemMs} ms`}
            accent="border-modern"
          >
            {view.dynamoItem ? (
              <pre className="whitespace-pre-wrap break-all rounded bg-slate-950 p-3 font-mono text-[13px] leading-snug text-slate-100">{itemJson(view.dynamoItem)}</pre>
            ) : (
              empty(view.dynamoError ?? 'No item for this key: run the migration.')
            )}
          </Pane>
        </div>
      )}
    </section>
  );
}
