'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { LookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';

interface Tile {
  id: string;
  label: string;
  detail: string;
  value: number | null | undefined;
  side: 'legacy' | 'staging' | 'modern';
}

const sideStyles: Record<Tile['side'], string> = {
  legacy: 'border-legacy',
  staging: 'border-slate-400',
  modern: 'border-modern',
};

type DynamoDetail = 'itemsSoFar' | 'noTable' | 'items' | 'unfinished' | 'earlierBuild';

/** What the DynamoDB tile's count means right now. */
function dynamoDetail(status: LookupDataStatus | null): DynamoDetail {
  // The table is not scanned while the migration writes; its progress is the live count.
  if (status?.running === 'migrate') return 'itemsSoFar';
  if (status?.dynamodb.exists === false) return 'noTable';
  if ((status?.dynamodb.items ?? 0) === 0 || status?.migratedCurrentStaging) return 'items';
  if (status?.checkpoint && status.checkpoint.stagingBuildId === status.dataset?.stagingBuildId) return 'unfinished';
  return 'earlierBuild';
}

/** Rows in each relational table, the staging table and the DynamoDB items. */
export function DataCounts({ status, onRecount }: { status: LookupDataStatus | null; onRecount: () => void }) {
  const t = useTranslations('lookup.data');
  const f = useFormat();
  const counts = status?.relational.counts;
  const detail = dynamoDetail(status);
  const tiles: Tile[] = [
    { id: 'customer', label: 'customer', detail: t('rows'), value: counts?.customer, side: 'legacy' },
    { id: 'product', label: 'product', detail: t('rows'), value: counts?.product, side: 'legacy' },
    { id: 'seller', label: 'seller', detail: t('rows'), value: counts?.seller, side: 'legacy' },
    { id: 'purchase', label: 'purchase', detail: t('purchaseRows', { purchases: f.count(counts?.purchases) }), value: counts?.purchase, side: 'legacy' },
    { id: 'staging', label: 'PURCHASE_DYNAMODB_FORMAT', detail: t('stagingRows'), value: counts?.staging, side: 'staging' },
    {
      id: 'dynamodb',
      label: status?.table ?? 'purchase_t',
      detail: t(detail),
      value: detail === 'itemsSoFar' ? status?.jobs.migrate?.done : status?.dynamodb.items,
      side: 'modern',
    },
  ];
  const counting = status?.relational.counting || status?.dynamodb.counting;
  // The stores' own error texts (driver messages), as the server reports them.
  const errors = [status?.relational.error, status?.dynamodb.error].filter(Boolean);
  return (
    <section aria-labelledby="data-title" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h2 id="data-title" className="text-2xl font-semibold">
          {t('title')}
        </h2>
        <span className="text-base text-slate-600 dark:text-slate-400">
          {status ? `${status.engine === 'postgres' ? 'PostgreSQL' : 'Oracle'} · ` : ''}
          {status?.dataset ? t('dataset', { seed: status.dataset.seed, purchases: f.count(status.dataset.purchases), time: f.dateTime(status.dataset.generatedAt) }) : t('noData')}
        </span>
        {counting && <span className="text-base text-slate-500">{t('counting')}</span>}
        <button
          type="button"
          onClick={onRecount}
          className="ml-auto rounded border border-slate-300 px-3 py-1 text-base hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t('recount')}
        </button>
      </div>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 xl:grid-cols-6">
        {tiles.map((tile) => (
          <li key={tile.id} className={`min-w-0 rounded-lg border-t-4 bg-white p-4 shadow-sm dark:bg-slate-900 ${sideStyles[tile.side]}`}>
            <div className="truncate font-mono text-sm text-slate-600 dark:text-slate-400" title={tile.label}>
              {tile.label}
            </div>
            <div className="mt-1 font-mono text-2xl font-semibold tabular-nums sm:text-3xl" data-testid={`count-${tile.id}`}>
              {f.count(tile.value)}
            </div>
            <div className="text-sm text-slate-500 dark:text-slate-400">{tile.detail}</div>
          </li>
        ))}
      </ul>
      {errors.length > 0 && (
        <p role="alert" className="rounded bg-red-100 p-3 text-red-800 dark:bg-red-950 dark:text-red-200">
          {errors.join(' · ')}
        </p>
      )}
    </section>
  );
}
