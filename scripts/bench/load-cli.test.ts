import { describe, expect, it } from 'vitest';
import type { RunRecord } from '@/lib/load/run-types';
import { exitCodeFor, parseLoadArgs, THRESHOLDS_FAILED_EXIT } from './load-cli';

const run = (failed: number, passed: boolean | null): RunRecord =>
  ({ summary: { failed }, thresholds: passed === null ? null : { passed, results: [], stage: 'final' } }) as unknown as RunRecord;

describe('the load CLI', () => {
  it('exits 99 when a threshold failed, 1 when requests failed or a run did not complete, 0 otherwise', () => {
    expect(exitCodeFor([run(0, true)], true)).toBe(0);
    expect(exitCodeFor([run(0, null)], true)).toBe(0);
    expect(exitCodeFor([run(3, true)], true)).toBe(1);
    expect(exitCodeFor([run(0, true)], false)).toBe(1);
    // A failed threshold wins over failed requests, as in k6.
    expect(exitCodeFor([run(3, false)], true)).toBe(THRESHOLDS_FAILED_EXIT);
    expect(exitCodeFor([run(0, true), run(0, false)], true)).toBe(99);
  });

  it('reads --stages, --open and repeated --threshold flags', () => {
    const { options } = parseLoadArgs(['lookup', 'dynamodb', '--open', '--stages', '5s:100,10s:100', '--threshold', 'p95 < 50 ms', '--threshold', 'errors < 1%, oversold = 0']);
    expect(options.settings.model).toBe('open');
    expect(options.stages).toEqual([
      { durationSeconds: 5, target: 100 },
      { durationSeconds: 10, target: 100 },
    ]);
    expect(options.thresholds).toEqual(['p95 < 50 ms', 'errors < 1%', 'oversold = 0']);
  });
});
