import type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';

const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));

function Figure({ label, value, testId, tone }: { label: string; value: string; testId: string; tone?: 'bad' }) {
  return (
    <div className="rounded-md bg-slate-50 px-4 py-3 dark:bg-slate-800/60">
      <dt className="text-sm text-slate-500 dark:text-slate-400">{label}</dt>
      <dd data-testid={testId} className={`mt-1 font-mono text-3xl font-semibold tabular-nums ${tone === 'bad' ? 'text-red-600 dark:text-red-400' : ''}`}>
        {value}
      </dd>
    </div>
  );
}

/** The books after a run: what each store has left against what ORDER_HISTORY recorded. */
export function AuditPanel({ audit }: { audit: OfferAudit }) {
  const { ordersByPath } = audit;
  return (
    <div data-testid="audit-panel" data-balanced={audit.balanced}>
      <div className="flex flex-wrap items-center gap-4">
        <span
          data-testid="audit-verdict"
          className={`rounded-lg px-4 py-2 text-2xl font-bold ${
            audit.balanced ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-100' : 'bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-100'
          }`}
        >
          {audit.balanced ? '✓ Books balance' : '✗ Books do not balance'}
        </span>
        <span className="text-sm text-slate-500 dark:text-slate-400">
          checked {new Date(audit.checkedAt).toLocaleTimeString()}
          {audit.resetAt && <> · last reset {new Date(audit.resetAt).toLocaleTimeString()}</>}
        </span>
      </div>
      <dl className="mt-4 grid grid-cols-3 gap-3 xl:grid-cols-6">
        <Figure label="Initial stock" value={fmt(audit.initialStock)} testId="audit-initial" />
        <Figure label="Left in table" value={fmt(audit.remainingInTable)} testId="audit-table" tone={(audit.remainingInTable ?? 0) < 0 ? 'bad' : undefined} />
        <Figure label="Left in Redis" value={fmt(audit.remainingInRedis)} testId="audit-redis" tone={audit.remainingInRedis === null || audit.remainingInRedis < 0 ? 'bad' : undefined} />
        <Figure label="Orders recorded" value={fmt(audit.ordersRecorded)} testId="audit-orders" />
        <Figure label="Units oversold" value={fmt(audit.unitsOversold)} testId="audit-oversold" tone={audit.unitsOversold > 0 ? 'bad' : undefined} />
        <Figure
          label="Unaccounted: table / Redis"
          value={`${fmt(audit.unaccountedInTable)} / ${fmt(audit.unaccountedInRedis)}`}
          testId="audit-unaccounted"
          tone={audit.unaccountedInTable || audit.unaccountedInRedis ? 'bad' : undefined}
        />
      </dl>
      <p className="mt-3 text-base text-slate-600 dark:text-slate-300">
        Orders by path: <span className="font-semibold text-legacy">legacy {fmt(ordersByPath.legacy)}</span> ·{' '}
        <span className="font-semibold text-modern">atomic Redis {fmt(ordersByPath.redis)}</span> ·{' '}
        <span className="font-semibold text-rose-600 dark:text-rose-400">naive Redis {fmt(ordersByPath.naive)}</span>
        {audit.takesToReconcile > 0 && <> · {fmt(audit.takesToReconcile)} failed orders waiting to give their unit back to Redis</>}
      </p>
      {audit.problems.length > 0 && (
        <ul data-testid="audit-problems" className="mt-3 list-disc space-y-1 pl-6 text-base text-red-700 dark:text-red-300">
          {audit.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
