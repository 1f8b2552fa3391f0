import { describe, expect, it } from 'vitest';
import { computeAudit, type AuditReadings } from '@/lib/scenarios/limited-offer/compute-audit';

const base: AuditReadings = {
  initialStock: 1_000,
  resetAt: new Date('2026-01-01T00:00:00Z'),
  remainingInTable: 1_000,
  remainingInRedis: 1_000,
  ordersByPath: { legacy: 0, redis: 0, naive: 0 },
  takesToReconcile: 0,
};

describe('computeAudit', () => {
  it('balances right after a reset', () => {
    expect(computeAudit(base)).toMatchObject({ ordersRecorded: 0, unitsOversold: 0, balanced: true, problems: [] });
  });

  it('balances a legacy sell-out: the table went down by exactly the legacy orders', () => {
    const audit = computeAudit({ ...base, remainingInTable: 0, ordersByPath: { legacy: 1_000, redis: 0, naive: 0 } });
    expect(audit).toMatchObject({ soldFromTable: 1_000, soldFromRedis: 0, unaccountedInTable: 0, balanced: true });
  });

  it('balances an atomic Redis sell-out', () => {
    const audit = computeAudit({ ...base, remainingInRedis: 0, ordersByPath: { legacy: 0, redis: 1_000, naive: 0 } });
    expect(audit).toMatchObject({ soldFromRedis: 1_000, unaccountedInRedis: 0, balanced: true });
  });

  it('flags the naive oversell: Redis below zero, more orders than stock', () => {
    const audit = computeAudit({ ...base, remainingInRedis: -37, ordersByPath: { legacy: 0, redis: 0, naive: 1_037 } });
    expect(audit).toMatchObject({ unitsOversold: 37, unaccountedInRedis: 0, balanced: false });
    expect(audit.problems).toEqual(['37 units sold beyond the initial stock of 1,000.']);
  });

  it('flags units lost from Redis (decremented, no order recorded)', () => {
    const audit = computeAudit({ ...base, remainingInRedis: 990, ordersByPath: { legacy: 0, redis: 7, naive: 0 } });
    expect(audit).toMatchObject({ unaccountedInRedis: 3, unitsOversold: 0, balanced: false });
    expect(audit.problems[0]).toMatch(/Redis lost 3 units/);
  });

  it('flags orders recorded with no decrement in the table', () => {
    const audit = computeAudit({ ...base, remainingInTable: 999, ordersByPath: { legacy: 2, redis: 0, naive: 0 } });
    expect(audit).toMatchObject({ unaccountedInTable: -1, balanced: false });
    expect(audit.problems[0]).toMatch(/1 legacy order recorded with no decrement/);
  });

  it('calls the same stock sold by both stores an oversell and says to reset between paths', () => {
    const audit = computeAudit({ ...base, remainingInTable: 0, remainingInRedis: 0, ordersByPath: { legacy: 1_000, redis: 1_000, naive: 0 } });
    expect(audit).toMatchObject({ unitsOversold: 1_000, unaccountedInTable: 0, unaccountedInRedis: 0, balanced: false });
    expect(audit.problems[0]).toMatch(/reset between paths/);
  });

  it('does not judge the books while Redis is unreadable or takes wait to be reconciled', () => {
    const blind = computeAudit({ ...base, remainingInRedis: null, redisError: 'Redis is not reachable (connection reconnecting)' });
    expect(blind).toMatchObject({ balanced: false, soldFromRedis: null, unaccountedInRedis: null });
    expect(blind.problems[0]).toMatch(/Redis could not be read: Redis is not reachable/);
    const pending = computeAudit({ ...base, takesToReconcile: 2 });
    expect(pending.balanced).toBe(false);
    expect(pending.problems[0]).toMatch(/2 failed orders may still hold a unit/);
  });

  it('asks for a reset when none was ever recorded', () => {
    const audit = computeAudit({ ...base, initialStock: null, resetAt: null });
    expect(audit).toMatchObject({ balanced: false, resetAt: null, soldFromTable: null });
    expect(audit.problems[0]).toMatch(/No reset has been recorded/);
  });
});
