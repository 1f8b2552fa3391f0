/** Run records for the walkthroughs' unit tests: only what the progress rules read. */
import type { RunSummary } from '@/lib/load/run-types';
import type { RunRecord } from '@/lib/scenario-catalog';
import type { OrderOutcomeCounts } from '@/lib/scenarios/limited-offer/catalog';

export function fakeRun(overrides: Partial<RunRecord> & { targetId: RunRecord['targetId']; startedAt: number }, summary: Partial<RunSummary<OrderOutcomeCounts>> = {}): RunRecord {
  const completed = summary.completed ?? 100;
  return {
    id: `run-${overrides.targetId}-${overrides.startedAt}`,
    scenario: overrides.targetId.startsWith('order') ? 'order' : 'lookup',
    side: null,
    label: overrides.targetId,
    request: 'GET /',
    status: 'completed',
    endedAt: overrides.startedAt + 10_000,
    settings: { model: 'closed', connections: 2, amount: null, durationSeconds: 10, rate: null, timeoutSeconds: 10, seed: 1, stock: null },
    seconds: [],
    error: null,
    showdown: null,
    ...overrides,
    summary: {
      totalTimeSeconds: 10,
      sent: completed,
      completed,
      succeeded: completed,
      failed: 0,
      unfinished: 0,
      requestsPerSecond: completed / 10,
      timePerRequestMs: 1,
      timePerRequestAcrossMs: 1,
      bytesReceived: 0,
      transferKbPerSecond: 0,
      latency: { min: 1, mean: 5, stdDev: 1, p50: 4, p66: 5, p75: 6, p80: 7, p90: 8, p95: 9, p98: 10, p99: 11, p999: 12, max: 13 },
      ranges: { under800: completed, from800To1200: 0, over1200: 0, failed: 0 },
      errors: { status: 0, timeout: 0, connection: 0, byStatus: {} },
      outcomes: null,
      lateStarts: 0,
      distribution: [],
      generator: { peakCpuPercent: 1, meanCpuPercent: 1, maxEventLoopLagMs: 1, saturatedSeconds: 0 },
      ...summary,
    },
  };
}
