import { describe, expect, it } from 'vitest';
import { evaluateThresholds, parseThreshold, splitThresholdText, thresholdsSchema, type ThresholdSubject } from '@/lib/load/thresholds/threshold-rules';

const subject = (patch: Partial<ThresholdSubject> = {}): ThresholdSubject => ({
  latency: { p50: 2, p90: 8, p95: 12.5, p99: 40, max: 90, mean: 3 },
  requestsPerSecond: 1_200,
  completed: 990,
  failed: 15,
  timeouts: 5,
  connectionErrors: 5,
  outcomes: { ordered: 900, outOfStock: 90, oversold: 0 },
  ...patch,
});

describe('threshold rules', () => {
  it('reads latency in ms or s, shares in percent, counts and rates', () => {
    expect(parseThreshold('p95 < 50 ms')).toMatchObject({ metric: 'p95', operator: '<', value: 50, unit: 'ms' });
    expect(parseThreshold('p99<=0.2s')).toMatchObject({ metric: 'p99', operator: '<=', value: 200, unit: 'ms' });
    expect(parseThreshold('errors < 1%')).toMatchObject({ metric: 'errors', value: 1, unit: 'percent' });
    expect(parseThreshold('oversold == 0')).toMatchObject({ metric: 'oversold', operator: '=', value: 0, unit: 'count' });
    expect(parseThreshold('throughput >= 1000 req/s')).toMatchObject({ metric: 'rps', operator: '>=', value: 1000, unit: 'rps' });
    expect(parseThreshold('  P95   <  50ms ').source).toBe('P95 < 50ms');
  });

  it('says what is wrong with a bad rule', () => {
    expect(() => parseThreshold('p95 fast')).toThrow(/not a rule like/);
    expect(() => parseThreshold('p42 < 5 ms')).toThrow(/not a metric/);
    // Any other name is one of the target's outcome counters.
    expect(parseThreshold('outOfStock < 10%')).toMatchObject({ metric: 'outOfStock', unit: 'percent' });
    expect(() => parseThreshold('p95 < 5%')).toThrow(/latency/);
    expect(() => parseThreshold('errors < 120%')).toThrow(/at most 100%/);
    const parsed = thresholdsSchema.safeParse(['p95 < 50 ms', 'nonsense']);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual([1]);
  });

  it('splits the form text on commas, semicolons and lines', () => {
    expect(splitThresholdText('p95 < 50 ms, errors < 1%\noversold = 0;')).toEqual(['p95 < 50 ms', 'errors < 1%', 'oversold = 0']);
  });

  it('evaluates each rule on the figures: a failing one fails the verdict', () => {
    const verdict = evaluateThresholds(['p95 < 50 ms', 'p95 < 10 ms', 'rps > 1000', 'oversold = 0'], subject(), 'final');
    expect(verdict.results.map((r) => r.passed)).toEqual([true, false, true, true]);
    expect(verdict.results[1]!.actual).toBe(12.5);
    expect(verdict.passed).toBe(false);
    expect(evaluateThresholds(['p95 < 50 ms'], subject(), 'final').passed).toBe(true);
  });

  it('computes the error share over answered, timed-out and refused requests', () => {
    // 15 failed of 990 + 5 + 5 = 1000 attempts: 1.5 %.
    const verdict = evaluateThresholds(['errors < 1%', 'errors < 2%', 'errors <= 15', 'timeouts = 5'], subject(), 'final');
    expect(verdict.results.map((r) => [r.actual, r.passed])).toEqual([
      [1.5, false],
      [1.5, true],
      [15, true],
      [5, true],
    ]);
  });

  it("reads the target's outcome counters by name, as counts or shares", () => {
    const verdict = evaluateThresholds(['outOfStock < 10%', 'ordered >= 900', 'refunded = 0'], subject(), 'final');
    expect(verdict.results.map((r) => [r.actual, r.passed])).toEqual([
      [9, true],
      [900, true],
      [null, null],
    ]);
  });

  it('leaves a rule the run cannot measure as not applicable, without failing the run', () => {
    const verdict = evaluateThresholds(['oversold = 0', 'p95 < 50 ms'], subject({ outcomes: null }), 'final');
    expect(verdict.results[0]).toMatchObject({ actual: null, passed: null });
    expect(verdict.passed).toBe(true);
    expect(evaluateThresholds([], subject(), 'live').passed).toBe(true);
  });
});
