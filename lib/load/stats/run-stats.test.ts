import { describe, expect, it } from 'vitest';
import type { GeneratorLoad } from '@/lib/load/run-types';
import { isGeneratorSaturated, RunStats } from '@/lib/load/stats/run-stats';

const idle: GeneratorLoad = { cpuPercent: 20, eventLoopLagP99Ms: 1, eventLoopLagMaxMs: 2, saturated: false };
const T0 = 1_700_000_000_000;

function statsWith(trackOutcomes = false) {
  return new RunStats({ outcomeCounters: trackOutcomes ? ['ordered', 'outOfStock', 'oversold'] : null, startedAt: T0 });
}

describe('RunStats per-second buckets', () => {
  it('puts each response in the window it completed in and resets the window after a snapshot', () => {
    const stats = statsWith();
    for (let i = 0; i < 100; i++) {
      stats.recordSent(T0 + i);
      stats.recordResponse(10, 200, 50, null, T0 + i);
    }
    const first = stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    for (let i = 0; i < 40; i++) {
      stats.recordSent(T0 + 1000 + i);
      stats.recordResponse(30, 200, 50, null, T0 + 1000 + i);
    }
    const second = stats.takeSecond(T0 + 2000, T0 + 2000, idle);

    expect(first).toMatchObject({ second: 1, t: T0 + 1000, windowMs: 1000, requests: 100, sent: 100, rps: 100 });
    expect(first.p50).toBeCloseTo(10, 1);
    expect(second).toMatchObject({ second: 2, requests: 40, sent: 40, rps: 40 });
    // The second window holds only its own 30 ms answers: the first window's were cleared.
    expect(second.p50).toBeCloseTo(30, 1);
    expect(second.max).toBeCloseTo(30, 1);
  });

  it('scales requests to one second when a window is shorter (the last, partial one)', () => {
    const stats = statsWith();
    for (let i = 0; i < 25; i++) stats.recordResponse(1, 200, 10, null, T0 + i);
    const partial = stats.takeSecond(T0 + 250, T0 + 250, idle);
    expect(partial.windowMs).toBe(250);
    expect(partial.requests).toBe(25);
    expect(partial.rps).toBe(100);
  });

  it('counts errors by kind and by status code, per window and in total', () => {
    const stats = statsWith();
    stats.recordResponse(5, 503, 10, null, T0);
    stats.recordResponse(5, 503, 10, null, T0);
    stats.recordResponse(5, 404, 10, null, T0);
    stats.recordResponse(5, 200, 10, null, T0);
    stats.recordTimeout(T0);
    stats.recordConnectionError(T0);
    for (let i = 0; i < 6; i++) stats.recordSent(T0);
    const window = stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    expect(window.errors).toEqual({ status: 3, timeout: 1, connection: 1, byStatus: { '503': 2, '404': 1 } });
    const summary = stats.summarize(2);
    expect(summary.failed).toBe(5);
    expect(summary.succeeded).toBe(1);
    expect(summary.completed).toBe(4);
    expect(summary.unfinished).toBe(0);
    expect(summary.ranges).toEqual({ under800: 1, from800To1200: 0, over1200: 0, failed: 5 });
  });

  it('counts order outcomes only for 2xx answers', () => {
    const stats = statsWith(true);
    stats.recordResponse(2, 200, 10, 'ordered', T0);
    stats.recordResponse(2, 200, 10, 'ordered', T0);
    stats.recordResponse(2, 200, 10, 'outOfStock', T0);
    stats.recordResponse(2, 200, 10, 'oversold', T0);
    stats.recordResponse(2, 200, 10, null, T0);
    stats.recordResponse(2, 503, 10, null, T0);
    const window = stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    expect(window.outcomes).toEqual({ ordered: 2, outOfStock: 1, oversold: 1, unreadable: 1 });
    expect(stats.summarize(1).outcomes).toEqual({ ordered: 2, outOfStock: 1, oversold: 1, unreadable: 1 });
  });
});

describe('RunStats percentiles', () => {
  it('matches known percentiles of 1..1000 ms within the histogram precision (0.1 %)', () => {
    const stats = statsWith();
    // Shuffled so order cannot matter.
    const values = Array.from({ length: 1000 }, (_, i) => i + 1).sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    for (const ms of values) stats.recordResponse(ms, 200, 1, null, T0 + 500);
    const second = stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    expect(second.p50).toBeGreaterThanOrEqual(500 * 0.999);
    expect(second.p50).toBeLessThanOrEqual(500 * 1.001);
    expect(second.p90).toBeCloseTo(900, -0.3);
    expect(second.p95).toBeCloseTo(950, -0.3);
    expect(second.p99).toBeCloseTo(990, -0.3);
    expect(second.max).toBeGreaterThanOrEqual(1000 * 0.999);
    expect(second.mean).toBeCloseTo(500.5, -0.3);

    const summary = stats.summarize(10);
    expect(summary.latency.min).toBeCloseTo(1, 2);
    expect(summary.latency.p75).toBeCloseTo(750, -0.3);
    expect(summary.latency.p999).toBeCloseTo(999, -0.3);
    expect(summary.ranges.under800).toBe(799);
    expect(summary.ranges.from800To1200).toBe(201);
  });

  it('keeps sub-millisecond latencies apart (microsecond resolution)', () => {
    const stats = statsWith();
    for (let i = 0; i < 500; i++) stats.recordResponse(0.12, 200, 1, null, T0);
    for (let i = 0; i < 500; i++) stats.recordResponse(0.48, 200, 1, null, T0);
    const second = stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    expect(second.p50).toBe(0.12);
    expect(second.p90).toBe(0.48);
    expect(second.max).toBe(0.48);
    expect(second.mean).toBeCloseTo(0.3, 3);
  });

  it('records a latency below one microsecond as one microsecond, never zero', () => {
    const stats = statsWith();
    stats.recordResponse(0.0001, 200, 1, null, T0);
    expect(stats.takeSecond(T0 + 1000, T0 + 1000, idle).p50).toBe(0.001);
  });

  it('builds a distribution whose bins hold every response, the slowest 0.5 % in a last bin', () => {
    const stats = statsWith();
    for (let i = 0; i < 995; i++) stats.recordResponse(10 + (i % 10), 200, 1, null, T0);
    for (let i = 0; i < 5; i++) stats.recordResponse(5000, 200, 1, null, T0);
    stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    const { distribution } = stats.summarize(1);
    expect(distribution.reduce((sum, bin) => sum + bin.count, 0)).toBe(1000);
    const tail = distribution.at(-1)!;
    expect(tail.count).toBe(5);
    expect(tail.fromMs).toBeLessThan(5000);
    expect(tail.toMs).toBeGreaterThan(5000);
    // Equal-width bins below the tail, in order and without gaps.
    const main = distribution.slice(0, -1);
    for (let i = 1; i < main.length; i++) expect(main[i]!.fromMs).toBeCloseTo(main[i - 1]!.toMs, 6);
    expect(main.every((bin) => bin.toMs <= 25)).toBe(true);
  });
});

describe('RunStats summary', () => {
  it('reports ab figures from the first request sent to the last answer', () => {
    const stats = statsWith();
    for (let i = 0; i < 200; i++) {
      stats.recordSent(T0 + 100);
      stats.recordResponse(50, 200, 100, null, T0 + 100 + i * 10);
    }
    stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    stats.takeSecond(T0 + 2000, T0 + 2000, { ...idle, cpuPercent: 95, saturated: true });
    const summary = stats.summarize(10);
    // 200 answers between T0+100 and T0+2090 ms.
    expect(summary.totalTimeSeconds).toBeCloseTo(1.99, 3);
    expect(summary.requestsPerSecond).toBeCloseTo(200 / 1.99, 1);
    expect(summary.timePerRequestMs).toBeCloseTo((1990 * 10) / 200, 2);
    expect(summary.timePerRequestAcrossMs).toBeCloseTo(1990 / 200, 2);
    expect(summary.bytesReceived).toBe(20_000);
    expect(summary.generator).toEqual({ peakCpuPercent: 95, meanCpuPercent: 57.5, maxEventLoopLagMs: 2, saturatedSeconds: 1 });
  });

  it('says the generator is saturated when it uses a whole core or its event loop lags', () => {
    expect(isGeneratorSaturated(95, 0)).toBe(true);
    expect(isGeneratorSaturated(40, 80)).toBe(true);
    expect(isGeneratorSaturated(40, 2)).toBe(false);
  });

  it('reports requests still in flight when the run stopped as unfinished', () => {
    const stats = statsWith();
    for (let i = 0; i < 12; i++) stats.recordSent(T0);
    for (let i = 0; i < 9; i++) stats.recordResponse(1, 200, 1, null, T0);
    stats.recordTimeout(T0);
    stats.takeSecond(T0 + 1000, T0 + 1000, idle);
    expect(stats.summarize(3)).toMatchObject({ sent: 12, completed: 9, failed: 1, unfinished: 2 });
  });
});
