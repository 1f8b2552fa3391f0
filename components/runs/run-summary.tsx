import { DistributionChart } from '@/components/charts/distribution-chart';
import { formatCount, formatMs, formatRate, formatSeconds } from '@/lib/load/format';
import type { RunRecord } from '@/lib/scenario-catalog';

/** The end-of-run report of one run, read like ab and Gatling together. */
export function RunSummary({ run, color }: { run: RunRecord; color: string }) {
  const s = run.summary;
  if (!s) return <p className="text-lg text-slate-500">No summary: this run did not finish ({run.status}).</p>;
  const served = s.completed + s.errors.timeout + s.errors.connection;
  const pct = (n: number) => (served > 0 ? `${((n / served) * 100).toFixed(1)}%` : '—');
  return (
    <div className="space-y-4" data-testid={`summary-${run.id}`}>
      <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
        <Table
          title="Like ab"
          rows={[
            ['Time taken for tests', formatSeconds(s.totalTimeSeconds)],
            ['Complete requests', formatCount(s.completed)],
            ['Failed requests', formatCount(s.failed)],
            ['Requests per second', `${formatRate(s.requestsPerSecond)} (mean)`],
            ['Time per request', `${formatMs(s.timePerRequestMs)} (mean)`],
            ['Time per request, across all', formatMs(s.timePerRequestAcrossMs)],
            ...(s.unfinished > 0 ? ([['Unfinished when stopped', formatCount(s.unfinished)]] as Array<[string, string]>) : []),
          ]}
        />
        <Table
          title="Served within"
          rows={[
            ['50%', formatMs(s.latency.p50)],
            ['75%', formatMs(s.latency.p75)],
            ['90%', formatMs(s.latency.p90)],
            ['95%', formatMs(s.latency.p95)],
            ['99%', formatMs(s.latency.p99)],
            ['99.9%', formatMs(s.latency.p999)],
            ['100% (longest)', formatMs(s.latency.max)],
          ]}
        />
        <Table
          title="Like Gatling"
          rows={[
            ['t < 800 ms', `${formatCount(s.ranges.under800)} (${pct(s.ranges.under800)})`],
            ['800 ms ≤ t < 1200 ms', `${formatCount(s.ranges.from800To1200)} (${pct(s.ranges.from800To1200)})`],
            ['t ≥ 1200 ms', `${formatCount(s.ranges.over1200)} (${pct(s.ranges.over1200)})`],
            ['failed', `${formatCount(s.ranges.failed)} (${pct(s.ranges.failed)})`],
            ['mean ± std dev', `${formatMs(s.latency.mean)} ± ${formatMs(s.latency.stdDev)}`],
            ...(s.outcomes
              ? ([
                  ['ordered / out of stock', `${formatCount(s.outcomes.ordered)} / ${formatCount(s.outcomes.outOfStock)}`],
                  ['oversold', formatCount(s.outcomes.oversold)],
                ] as Array<[string, string]>)
              : []),
          ]}
        />
      </div>
      {s.failed > 0 && (
        <p className="text-lg text-red-700 dark:text-red-300">
          Errors: {formatCount(s.errors.status)} non-2xx{Object.keys(s.errors.byStatus).length > 0 ? ` (${Object.entries(s.errors.byStatus).map(([code, n]) => `${code}: ${formatCount(n)}`).join(', ')})` : ''}, {formatCount(s.errors.timeout)} timeouts,{' '}
          {formatCount(s.errors.connection)} connection errors.
        </p>
      )}
      <DistributionChart title="Response-time distribution" bins={s.distribution} color={color} testId={`distribution-${run.id}`} />
      {run.offer && (
        <details className="text-base">
          <summary className="cursor-pointer font-medium">Offer audit after the run (stock {formatCount(run.offer.stock)})</summary>
          <pre className="mt-2 overflow-auto rounded bg-slate-100 p-3 dark:bg-slate-800">{JSON.stringify(run.offer.audit, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}

function Table({ title, rows }: { title: string; rows: Array<[string, string]> }) {
  return (
    <table className="w-full text-lg">
      <caption className="mb-1 text-left text-lg font-semibold">{title}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label} className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className="py-1 pr-4 text-left font-normal text-slate-600 dark:text-slate-300">
              {label}
            </th>
            <td className="py-1 text-right font-semibold tabular-nums">{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
