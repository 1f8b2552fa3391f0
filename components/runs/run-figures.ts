import type { RunRecord } from '@/lib/scenario-catalog';

/** Totals of a run so far, from its per-second rows (live) or its summary (finished). */
export function runTotals(run: RunRecord) {
  const totals = { requests: 0, sent: 0, statusErrors: 0, timeouts: 0, connectionErrors: 0, ordered: 0, outOfStock: 0, oversold: 0 };
  for (const s of run.seconds) {
    totals.requests += s.requests;
    totals.sent += s.sent;
    totals.statusErrors += s.errors.status;
    totals.timeouts += s.errors.timeout;
    totals.connectionErrors += s.errors.connection;
    totals.ordered += s.outcomes?.ordered ?? 0;
    totals.outOfStock += s.outcomes?.outOfStock ?? 0;
    totals.oversold += s.outcomes?.oversold ?? 0;
  }
  return { ...totals, errors: totals.statusErrors + totals.timeouts + totals.connectionErrors };
}

/** How far along a run is, 0..1, by its requests or its duration. */
export function runProgress(run: RunRecord, now: number): number {
  if (run.status !== 'running') return 1;
  if (run.settings.amount) return Math.min(1, runTotals(run).sent / run.settings.amount);
  if (run.settings.durationSeconds) return Math.min(1, (now - run.startedAt) / (run.settings.durationSeconds * 1000));
  return 0;
}

export function chartRows(run: RunRecord | null | undefined) {
  return (run?.seconds ?? []).map((s) => ({ second: s.second, rps: s.rps, p50: s.p50, p95: s.p95, p99: s.p99 }));
}
