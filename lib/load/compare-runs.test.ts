import { describe, expect, it } from 'vitest';
import { compareRuns } from '@/lib/load/compare-runs';
import type { RunSummary } from '@/lib/load/run-types';

function summary(overrides: { rps: number; p95: number; total: number; failed?: number; oversold?: number | null }): RunSummary {
  const latency = { min: 1, mean: 10, stdDev: 1, p50: overrides.p95 / 2, p66: 1, p75: 1, p80: 1, p90: 1, p95: overrides.p95, p98: 1, p99: overrides.p95 * 1.5, p999: 1, max: overrides.p95 * 2 };
  return {
    totalTimeSeconds: overrides.total,
    sent: 3000,
    completed: 3000,
    succeeded: 3000 - (overrides.failed ?? 0),
    failed: overrides.failed ?? 0,
    unfinished: 0,
    requestsPerSecond: overrides.rps,
    timePerRequestMs: 1,
    timePerRequestAcrossMs: 1,
    bytesReceived: 1,
    transferKbPerSecond: 1,
    latency,
    ranges: { under800: 3000, from800To1200: 0, over1200: 0, failed: 0 },
    errors: { status: overrides.failed ?? 0, timeout: 0, connection: 0, byStatus: {} },
    outcomes: overrides.oversold === undefined || overrides.oversold === null ? null : { ordered: 3000, outOfStock: 0, oversold: overrides.oversold, unreadable: 0 },
    lateStarts: 0,
    distribution: [],
    generator: { peakCpuPercent: 10, meanCpuPercent: 10, maxEventLoopLagMs: 1, saturatedSeconds: 0 },
  };
}

const run = (id: string, s: RunSummary | null, side: 'legacy' | 'modern') => ({ id, label: id, targetId: 'order.legacy' as const, summary: s, side });

describe('compareRuns', () => {
  it("states the workshop's order result plainly", () => {
    const legacy = run('legacy', summary({ rps: 29.75, p95: 92, total: 100.8, oversold: 0 }), 'legacy');
    const redis = run('redis', summary({ rps: 120.35, p95: 56, total: 24.9, oversold: 0 }), 'modern');
    const c = compareRuns(legacy, redis);
    const sentences = Object.fromEntries(c.rows.map((row) => [row.key, row.sentence]));
    expect(sentences.throughput).toBe('4.0x the throughput');
    expect(sentences.p95).toBe('p95 92 ms -> 56 ms (1.6x faster)');
    expect(sentences.totalTime).toBe('total time 100.8 s -> 24.9 s (4.0x shorter)');
    expect(sentences.failed).toBe('Failed requests 0 -> 0');
    expect(c.rows.find((row) => row.key === 'throughput')!.winner).toBe('other');
    expect(c.rows.find((row) => row.key === 'failed')!.winner).toBe('tie');
    expect(c.headline.map((row) => row.key)).toEqual(['throughput', 'p95', 'totalTime', 'failed', 'oversold']);
  });

  it('says when the other run is worse, and when they are about the same', () => {
    const fast = run('fast', summary({ rps: 1000, p95: 5, total: 3 }), 'legacy');
    const slow = run('slow', summary({ rps: 250, p95: 20, total: 12, failed: 7 }), 'modern');
    const c = compareRuns(fast, slow);
    const byKey = Object.fromEntries(c.rows.map((row) => [row.key, row]));
    expect(byKey.throughput!.sentence).toBe('4.0x less throughput');
    expect(byKey.p95!.sentence).toBe('p95 5.0 ms -> 20 ms (4.0x slower)');
    expect(byKey.failed!.winner).toBe('base');
    // Lookup runs have no order outcomes: those rows are left out.
    expect(byKey.oversold).toBeUndefined();

    const same = compareRuns(fast, run('same', summary({ rps: 1020, p95: 5.1, total: 2.95 }), 'modern'));
    expect(same.rows.find((row) => row.key === 'throughput')!.sentence).toMatch(/^about the same throughput/);
  });

  it('shows oversold orders and keeps rows when a run has no summary', () => {
    const naive = compareRuns(run('legacy', summary({ rps: 30, p95: 90, total: 100, oversold: 0 }), 'legacy'), run('naive', summary({ rps: 130, p95: 40, total: 23, oversold: 12 }), 'modern'));
    const oversold = naive.rows.find((row) => row.key === 'oversold')!;
    expect(oversold.sentence).toBe('Oversold 0 -> 12');
    expect(oversold.winner).toBe('base');

    const missing = compareRuns(run('a', null, 'legacy'), run('b', summary({ rps: 10, p95: 1, total: 1 }), 'modern'));
    expect(missing.rows.find((row) => row.key === 'throughput')).toMatchObject({ baseText: '—', sentence: '', winner: null });
  });
});
