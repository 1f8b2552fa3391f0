import type { LookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import { formatCount, formatTime } from '@/components/lookup/format';

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

/** Rows in each relational table, the staging table and the DynamoDB items. */
export function DataCounts({ status, onRecount }: { status: LookupDataStatus | null; onRecount: () => void }) {
  const counts = status?.relational.counts;
  // The table is not scanned while the migration writes; its progress is the live count.
  const migrating = status?.running === 'migrate';
  const tiles: Tile[] = [
    { id: 'customer', label: 'customer', detail: 'rows', value: counts?.customer, side: 'legacy' },
    { id: 'product', label: 'product', detail: 'rows', value: counts?.product, side: 'legacy' },
    { id: 'seller', label: 'seller', detail: 'rows', value: counts?.seller, side: 'legacy' },
    { id: 'purchase', label: 'purchase', detail: `rows (${formatCount(counts?.purchases)} purchases)`, value: counts?.purchase, side: 'legacy' },
    { id: 'staging', label: 'PURCHASE_DYNAMODB_FORMAT', detail: 'staging rows', value: counts?.staging, side: 'staging' },
    migrating
      ? { id: 'dynamodb', label: status?.table ?? 'purchase_t', detail: 'items written so far', value: status?.jobs.migrate?.done, side: 'modern' }
      : {
          id: 'dynamodb',
          label: status?.table ?? 'purchase_t',
          detail:
            status?.dynamodb.exists === false
              ? 'table not created yet'
              : (status?.dynamodb.items ?? 0) === 0 || status?.migratedCurrentStaging
                ? 'DynamoDB items'
                : status?.checkpoint && status.checkpoint.stagingBuildId === status.dataset?.stagingBuildId
                  ? 'items, migration not finished'
                  : 'items of an earlier staging build',
          value: status?.dynamodb.items,
          side: 'modern',
        },
  ];
  const counting = status?.relational.counting || status?.dynamodb.counting;
  const errors = [status?.relational.error, status?.dynamodb.error].filter(Boolean);
  return (
    <section aria-labelledby="data-title" className="space-y-3">
      <div className="flex items-baseline gap-4">
        <h2 id="data-title" className="text-2xl font-semibold">
          Data
        </h2>
        <span className="text-base text-slate-600 dark:text-slate-400">
          {status ? `${status.engine === 'postgres' ? 'PostgreSQL' : 'Oracle'} · ` : ''}
          {status?.dataset
            ? `seed ${status.dataset.seed}, ${formatCount(status.dataset.purchases)} purchases generated ${formatTime(status.dataset.generatedAt)}`
            : 'no data generated yet'}
        </span>
        {counting && <span className="text-base text-slate-500">counting…</span>}
        <button
          type="button"
          onClick={onRecount}
          className="ml-auto rounded border border-slate-300 px-3 py-1 text-base hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Recount
        </button>
      </div>
      <ul className="grid grid-cols-6 gap-4">
        {tiles.map((tile) => (
          <li key={tile.id} className={`rounded-lg border-t-4 bg-white p-4 shadow-sm dark:bg-slate-900 ${sideStyles[tile.side]}`}>
            <div className="truncate font-mono text-sm text-slate-600 dark:text-slate-400" title={tile.label}>
              {tile.label}
            </div>
            <div className="mt-1 font-mono text-3xl font-semibold tabular-nums" data-testid={`count-${tile.id}`}>
              {formatCount(tile.value)}
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
