/**
 * From run history to a step's figures: which run counts for a step (the newest finished run of
 * the right target started after a point in time) and what it measured. Pure.
 */
import type { RunRecord } from '@/lib/scenario-catalog';
import type { AuditFigures, OrderRunFigures, RunFigures } from '@/lib/walkthroughs/progress-types';

/** The newest completed run of `targetId` that started at or after `since` (runs newest first or in any order). */
export function latestCompletedRun(runs: readonly RunRecord[], targetId: string, since: number): RunRecord | null {
  let best: RunRecord | null = null;
  for (const run of runs) {
    if (run.targetId !== targetId || run.status !== 'completed' || !run.summary || run.startedAt < since) continue;
    if (!best || run.startedAt > best.startedAt) best = run;
  }
  return best;
}

export function runFigures(run: RunRecord): RunFigures {
  const summary = run.summary;
  return {
    id: run.id,
    targetId: run.targetId,
    status: run.status,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    connections: run.settings.connections,
    amount: run.settings.amount,
    durationSeconds: run.settings.durationSeconds,
    completed: summary?.completed ?? 0,
    succeeded: summary?.succeeded ?? 0,
    failed: summary?.failed ?? 0,
    totalSeconds: summary?.totalTimeSeconds ?? 0,
    requestsPerSecond: summary?.requestsPerSecond ?? 0,
    p50: summary?.latency.p50 ?? 0,
    p95: summary?.latency.p95 ?? 0,
    p99: summary?.latency.p99 ?? 0,
  };
}

/** The audit stored with an order run, reduced to what the steps show; null when it is an error. */
function auditFigures(audit: unknown): AuditFigures | null {
  const value = audit as Partial<AuditFigures> | null;
  if (!value || typeof value !== 'object' || typeof value.balanced !== 'boolean' || !value.ordersByPath) return null;
  return {
    initialStock: value.initialStock ?? null,
    remainingInTable: value.remainingInTable ?? null,
    remainingInRedis: value.remainingInRedis ?? null,
    ordersRecorded: value.ordersRecorded ?? 0,
    ordersByPath: { legacy: value.ordersByPath.legacy ?? 0, redis: value.ordersByPath.redis ?? 0, naive: value.ordersByPath.naive ?? 0 },
    unitsOversold: value.unitsOversold ?? 0,
    balanced: value.balanced,
  };
}

export function orderRunFigures(run: RunRecord): OrderRunFigures {
  const outcomes = run.summary?.outcomes;
  return {
    ...runFigures(run),
    stock: run.offer?.stock ?? null,
    ordered: outcomes?.ordered ?? 0,
    outOfStock: outcomes?.outOfStock ?? 0,
    oversold: outcomes?.oversold ?? 0,
    audit: auditFigures(run.offer?.audit ?? null),
  };
}
