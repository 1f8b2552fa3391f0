'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { itemJson } from '@/components/lookup/item-json';
import type { PurchaseExploration } from '@/lib/scenarios/purchase-lookup/explore-purchase';
import type { JoinedLine } from '@/lib/scenarios/purchase-lookup/purchase';

const joinedColumns: (keyof JoinedLine)[] = ['customerid', 'purchaseid', 'purchaseseq', 'productname', 'price', 'quantity', 'telnumber', 'purchasedate', 'name', 'address'];

function cellClass(column: keyof JoinedLine, value: unknown): string {
  if (typeof value === 'number') return 'whitespace-nowrap text-right font-mono tabular-nums';
  // Only the long text columns wrap; ids, phone numbers and dates stay on one line.
  return column === 'address' || column === 'productname' ? 'min-w-32' : 'whitespace-nowrap';
}

export const emptyNote = (text: string) => <p className="rounded bg-slate-100 p-3 text-base text-slate-600 dark:bg-slate-800 dark:text-slate-300">{text}</p>;

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

/** The join as the engine returns it: one row per line item, the workshop's columns. */
export function JoinedPane({ view }: { view: PurchaseExploration }) {
  const t = useTranslations('lookup.explorer');
  return (
    <Pane testId="pane-joined" title={<span className="text-legacy">{t('joinedTitle')}</span>} subtitle={t('joinedSubtitle')} timing={`${view.timings.joinMs} ms`} accent="border-legacy">
      {view.joinedRows.length === 0 ? (
        emptyNote(t('noJoined'))
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
  );
}

/** The pivoted staging row, column by column. */
export function StagingPane({ view }: { view: PurchaseExploration }) {
  const t = useTranslations('lookup.explorer');
  return (
    <Pane testId="pane-staging" title={t('stagingTitle')} subtitle={t('stagingSubtitle')} timing={`${view.timings.stagingMs} ms`} accent="border-slate-400">
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
        emptyNote(t('noStaging'))
      )}
    </Pane>
  );
}

/** The DynamoDB item GetItem returned, in its wire format. */
export function ItemPane({ view }: { view: PurchaseExploration }) {
  const t = useTranslations('lookup.explorer');
  return (
    <Pane testId="pane-dynamodb" title={<span className="text-modern">{t('itemTitle')}</span>} subtitle={t('itemSubtitle')} timing={`${view.timings.getItemMs} ms`} accent="border-modern">
      {view.dynamoItem ? (
        <pre className="rounded bg-slate-950 p-3 font-mono text-[13px] leading-snug break-all whitespace-pre-wrap text-slate-100">{itemJson(view.dynamoItem)}</pre>
      ) : view.dynamoError ? (
        // DynamoDB's own error text, after the translated verdict.
        emptyNote(`${t('itemError')}: ${view.dynamoError}`)
      ) : (
        emptyNote(t('noItem'))
      )}
    </Pane>
  );
}
