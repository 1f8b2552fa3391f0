import { describe, expect, it } from 'vitest';
import { healthForViewer } from '@/lib/health/check-health';

describe('healthForViewer', () => {
  it('keeps what answers and names only the kind of failure', () => {
    const health = {
      ok: false,
      checkedAt: '2026-12-01T00:00:00.000Z',
      node: 'v24.0.0',
      backends: [
        { backend: 'relational' as const, ok: false as const, pingMs: 3, error: 'connect ECONNREFUSED 127.0.0.1:15432' },
        { backend: 'dynamodb' as const, ok: false as const, pingMs: 1500, error: 'no answer within 1500 ms' },
        { backend: 'redis' as const, ok: false as const, pingMs: 2, error: 'WRONGPASS invalid username-password pair' },
      ],
    };
    expect(healthForViewer(health).backends.map((b) => (b.ok ? 'ok' : b.error))).toEqual([
      'not reachable',
      'no answer within 1500 ms',
      'failing (details in the server log)',
    ]);
  });
});
