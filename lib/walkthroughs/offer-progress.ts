/**
 * The limited-offer walkthrough's completion checks, from readings of the real state: the books
 * (OFFER_RESET, HOTDEAL_LIST, Redis, ORDER_HISTORY), the run history with each sale's audit, and
 * the last in-server burst. Pure, so the rules are unit-tested apart from the backends.
 */
import type { RunRecord } from '@/lib/scenario-catalog';
import { offerStepIds, type OfferStepId } from '@/lib/walkthroughs/catalog';
import type { AuditFigures, OfferFigures, OrderRunFigures, StepState } from '@/lib/walkthroughs/progress-types';
import { latestCompletedRun, orderRunFigures } from '@/lib/walkthroughs/run-figures';

export interface OfferReadings {
  startedAt: number;
  audit: (AuditFigures & { resetAt: string | null; problems: string[]; checkedAt: string }) | null;
  auditError: string | null;
  runs: readonly RunRecord[];
  burst: {
    id: string;
    path: string;
    status: string;
    startedAt: string;
    requests: number;
    concurrency: number;
    counts: { ordered: number; out_of_stock: number; oversold: number; failed: number };
    audit: { initialStock: number | null; unitsOversold: number } | null;
  } | null;
}

// A request that timed out on a loaded machine is not a wrong sale: the books decide.
const soldCleanly = (run: OrderRunFigures | null) => run !== null && run.ordered > 0 && run.audit !== null && run.audit.balanced && run.audit.unitsOversold === 0;

export function computeOfferProgress(readings: OfferReadings): { steps: StepState<OfferStepId>[]; figures: OfferFigures } {
  const { audit, startedAt } = readings;
  const resetAt = audit?.resetAt ? Date.parse(audit.resetAt) : Number.NaN;
  const resetSinceStart = Number.isFinite(resetAt) && resetAt >= startedAt;

  const pick = (targetId: string) => {
    const run = latestCompletedRun(readings.runs, targetId, startedAt);
    return run ? orderRunFigures(run) : null;
  };
  const legacyRun = pick('order.legacy');
  const redisRun = pick('order.redis');
  const naiveRun = pick('order.naive');

  const burst = readings.burst;
  const race =
    burst && burst.path === 'naive' && Date.parse(burst.startedAt) >= startedAt
      ? {
          id: burst.id,
          status: burst.status,
          requests: burst.requests,
          concurrency: burst.concurrency,
          counts: burst.counts,
          initialStock: burst.audit?.initialStock ?? null,
          unitsOversold: burst.audit?.unitsOversold ?? null,
        }
      : null;

  const naiveOversold = naiveRun !== null && naiveRun.audit !== null && naiveRun.audit.unitsOversold > 0;
  const done: Record<OfferStepId, boolean> = {
    reset: resetSinceStart && audit !== null && audit.initialStock !== null,
    'legacy-sale': soldCleanly(legacyRun),
    // The race has been shown when the two-step code sold more units than there were.
    'code-paths': race !== null && race.status === 'finished' && (race.unitsOversold ?? 0) > 0,
    'redis-sale': soldCleanly(redisRun),
    'naive-oversell': naiveOversold,
    // The audit step is the three sales' books side by side, plus the books as they stand now.
    audit: soldCleanly(legacyRun) && soldCleanly(redisRun) && naiveOversold && audit !== null,
    summary: false,
  };
  done.summary = offerStepIds.every((id) => id === 'summary' || done[id]);

  const figures: OfferFigures = {
    reset: { initialStock: audit?.initialStock ?? null, resetAt: audit?.resetAt ?? null, sinceWalkthroughStart: resetSinceStart },
    audit: audit
      ? {
          initialStock: audit.initialStock,
          remainingInTable: audit.remainingInTable,
          remainingInRedis: audit.remainingInRedis,
          ordersRecorded: audit.ordersRecorded,
          ordersByPath: audit.ordersByPath,
          unitsOversold: audit.unitsOversold,
          balanced: audit.balanced,
          problems: audit.problems,
          checkedAt: audit.checkedAt,
        }
      : null,
    auditError: readings.auditError,
    legacyRun,
    redisRun,
    naiveRun,
    race,
  };
  return { steps: offerStepIds.map((id) => ({ id, done: done[id] })), figures };
}
