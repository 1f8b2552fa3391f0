import type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';

/** One reason the books do not balance, as a message key of the `offer.problems` namespace and its values. */
export interface AuditProblem {
  key: 'noReset' | 'noTableRow' | 'noRedisKey' | 'reconcile' | 'oversold' | 'oversoldBoth' | 'tableLost' | 'tableExtra' | 'redisLost' | 'redisExtra';
  values: { count?: number; stock?: number };
}

/**
 * The audit's problems, read from its figures so the page can say them in the visitor's language
 * (the server's `problems` are the English text of the same checks, for the CLI and the reports).
 */
export function auditProblems(audit: OfferAudit): AuditProblem[] {
  const problems: AuditProblem[] = [];
  if (audit.initialStock === null) problems.push({ key: 'noReset', values: {} });
  if (audit.remainingInTable === null) problems.push({ key: 'noTableRow', values: {} });
  if (audit.remainingInRedis === null) problems.push({ key: 'noRedisKey', values: {} });
  if (audit.takesToReconcile > 0) problems.push({ key: 'reconcile', values: { count: audit.takesToReconcile } });
  if (audit.unitsOversold > 0) {
    const both = (audit.soldFromTable ?? 0) > 0 && (audit.soldFromRedis ?? 0) > 0;
    problems.push({ key: both ? 'oversoldBoth' : 'oversold', values: { count: audit.unitsOversold, stock: audit.initialStock ?? 0 } });
  }
  if (audit.unaccountedInTable !== null && audit.unaccountedInTable !== 0) {
    problems.push(audit.unaccountedInTable > 0 ? { key: 'tableLost', values: { count: audit.unaccountedInTable } } : { key: 'tableExtra', values: { count: -audit.unaccountedInTable } });
  }
  if (audit.unaccountedInRedis !== null && audit.unaccountedInRedis !== 0) {
    problems.push(audit.unaccountedInRedis > 0 ? { key: 'redisLost', values: { count: audit.unaccountedInRedis } } : { key: 'redisExtra', values: { count: -audit.unaccountedInRedis } });
  }
  return problems;
}
