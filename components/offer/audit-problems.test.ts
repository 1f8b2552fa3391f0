import { describe, expect, it } from 'vitest';
import { auditProblems } from '@/components/offer/audit-problems';
import { computeAudit, type AuditReadings } from '@/lib/scenarios/limited-offer/compute-audit';

const readings = (patch: Partial<AuditReadings>): AuditReadings => ({
  initialStock: 100,
  resetAt: new Date(0),
  remainingInTable: 100,
  remainingInRedis: 100,
  ordersByPath: { legacy: 0, redis: 0, naive: 0 },
  takesToReconcile: 0,
  ...patch,
});

describe('auditProblems', () => {
  it('finds nothing when the books balance', () => {
    const audit = computeAudit(readings({ remainingInRedis: 40, ordersByPath: { legacy: 0, redis: 60, naive: 0 } }));
    expect(audit.balanced).toBe(true);
    expect(auditProblems(audit)).toEqual([]);
  });

  it('says what the server says, one problem for each of its sentences', () => {
    const cases: Array<[Partial<AuditReadings>, string[]]> = [
      [{ initialStock: null }, ['noReset']],
      [{ remainingInTable: null, remainingInRedis: null }, ['noTableRow', 'noRedisKey']],
      [{ remainingInRedis: 0, ordersByPath: { legacy: 0, redis: 0, naive: 150 } }, ['oversold', 'redisExtra']],
      [{ remainingInTable: 0, remainingInRedis: 0, ordersByPath: { legacy: 100, redis: 100, naive: 0 } }, ['oversoldBoth']],
      [{ remainingInTable: 90 }, ['tableLost']],
      [{ remainingInRedis: 100, ordersByPath: { legacy: 0, redis: 3, naive: 0 } }, ['redisExtra']],
      [{ takesToReconcile: 2, remainingInRedis: 98 }, ['reconcile', 'redisLost']],
    ];
    for (const [patch, keys] of cases) {
      const audit = computeAudit(readings(patch));
      const problems = auditProblems(audit);
      expect(problems.map((p) => p.key)).toEqual(keys);
      expect(problems).toHaveLength(audit.problems.length);
    }
  });

  it('carries the figures the sentences need', () => {
    const audit = computeAudit(readings({ remainingInRedis: 0, ordersByPath: { legacy: 0, redis: 0, naive: 150 } }));
    expect(auditProblems(audit)[0]).toEqual({ key: 'oversold', values: { count: 50, stock: 100 } });
  });
});
