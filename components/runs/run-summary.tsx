'use client';

import { useTranslations } from 'next-intl';
import { DistributionChart } from '@/components/charts/distribution-chart';
import { useFormat } from '@/i18n/use-format';
import type { RunRecord } from '@/lib/scenario-catalog';

/** The end-of-run report of one run, read like ab and Gatling together. */
export function RunSummary({ run, color }: { run: RunRecord; color: string }) {
  const t = useTranslations('runs');
  const ts = useTranslations('runs.summary');
  const f = useFormat();
  const s = run.summary;
  if (!s) return <p className="text-lg text-slate-500">{ts('none', { status: t('status', { status: run.status }) })}</p>;
  const served = s.completed + s.errors.timeout + s.errors.connection;
  const pct = (n: number) => (served > 0 ? f.percent(n / served) : '—');
  const withPct = (n: number) => `${f.count(n)} (${pct(n)})`;
  const byStatus = Object.entries(s.errors.byStatus);
  return (
    <div className="space-y-4" data-testid={`summary-${run.id}`}>
      <div className="grid gap-x-8 gap-y-4 md:grid-cols-2">
        <Table
          title={ts('likeAb')}
          rows={[
            [ts('timeTaken'), f.seconds(s.totalTimeSeconds)],
            [ts('complete'), f.count(s.completed)],
            [ts('failed'), f.count(s.failed)],
            [ts('rps'), ts('mean', { value: f.rate(s.requestsPerSecond) })],
            [ts('timePerRequest'), ts('mean', { value: f.ms(s.timePerRequestMs) })],
            [ts('timePerRequestAll'), f.ms(s.timePerRequestAcrossMs)],
            ...(s.unfinished > 0 ? ([[ts('unfinished'), f.count(s.unfinished)]] as Array<[string, string]>) : []),
          ]}
        />
        <Table
          title={ts('servedWithin')}
          rows={[
            ['50%', f.ms(s.latency.p50)],
            ['75%', f.ms(s.latency.p75)],
            ['90%', f.ms(s.latency.p90)],
            ['95%', f.ms(s.latency.p95)],
            ['99%', f.ms(s.latency.p99)],
            ['99.9%', f.ms(s.latency.p999)],
            [ts('longest'), f.ms(s.latency.max)],
          ]}
        />
        <Table
          title={ts('likeGatling')}
          rows={[
            ['t < 800 ms', withPct(s.ranges.under800)],
            ['800 ms ≤ t < 1200 ms', withPct(s.ranges.from800To1200)],
            ['t ≥ 1200 ms', withPct(s.ranges.over1200)],
            [ts('failedRange'), withPct(s.ranges.failed)],
            [ts('meanStd'), `${f.ms(s.latency.mean)} ± ${f.ms(s.latency.stdDev)}`],
            ...(s.outcomes
              ? ([
                  [ts('orderedOut'), `${f.count(s.outcomes.ordered)} / ${f.count(s.outcomes.outOfStock)}`],
                  [ts('oversold'), f.count(s.outcomes.oversold)],
                ] as Array<[string, string]>)
              : []),
          ]}
        />
      </div>
      {s.failed > 0 && (
        <p className="text-lg text-red-700 dark:text-red-300">
          {ts('errors', {
            status: f.count(s.errors.status),
            byStatus: byStatus.length > 0 ? ` (${byStatus.map(([code, n]) => `${code}: ${f.count(n)}`).join(', ')})` : '',
            timeouts: f.count(s.errors.timeout),
            connection: f.count(s.errors.connection),
          })}
        </p>
      )}
      <DistributionChart title={ts('distribution')} bins={s.distribution} color={color} testId={`distribution-${run.id}`} />
      {run.offer && (
        <details className="text-base">
          <summary className="cursor-pointer font-medium">{ts('offerAudit', { stock: f.count(run.offer.stock) })}</summary>
          <pre className="mt-2 overflow-auto rounded bg-slate-100 p-3 dark:bg-slate-800">{JSON.stringify(run.offer.audit, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}

function Table({ title, rows }: { title: string; rows: Array<[string, string]> }) {
  return (
    <table className="w-full text-base sm:text-lg">
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
