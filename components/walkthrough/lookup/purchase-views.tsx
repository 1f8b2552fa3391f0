import type { JoinedLine, StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';

const joinedColumns: (keyof JoinedLine)[] = ['customerid', 'purchaseid', 'purchaseseq', 'productname', 'price', 'quantity', 'telnumber', 'purchasedate', 'name', 'address'];

/** The workshop's first query's result: one row per item, columns as the engine names them. */
export function JoinedRows({ rows }: { rows: JoinedLine[] }) {
  return (
    <div className="overflow-x-auto" data-testid="joined-rows" data-rows={rows.length}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-slate-500 dark:border-slate-700 dark:text-slate-400">
            {joinedColumns.map((column) => (
              <th key={column} className="px-1.5 py-1 font-mono text-xs font-medium whitespace-nowrap">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.purchaseseq} className="border-b border-slate-100 align-top dark:border-slate-800">
              {joinedColumns.map((column) => (
                <td key={column} className={`px-1.5 py-1.5 ${typeof row[column] === 'number' ? 'text-right font-mono tabular-nums' : ''} ${column === 'address' ? 'min-w-48' : 'whitespace-nowrap'}`}>
                  {String(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The pivoted row: every column a string, '' where a slot has no item. */
export function PivotRow({ row }: { row: StagingRow }) {
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-sm sm:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]" data-testid="pivot-row">
      {Object.entries(row).map(([column, value]) => (
        <div key={column} className="contents">
          <dt className="text-slate-500 dark:text-slate-400">{column}</dt>
          <dd className="truncate" title={value}>
            {value === '' ? <span className="text-slate-400">&apos;&apos;</span> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
