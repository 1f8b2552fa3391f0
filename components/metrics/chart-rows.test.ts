import { describe, expect, it } from 'vitest';
import { buildChartRows, formatMs, summarize, timeTicks } from '@/components/metrics/chart-rows';
import type { GetItemLatencyReport } from '@/lib/metrics/latency-series';

const from = Date.UTC(2026, 2, 6, 12, 0);
const minute = (m: number) => from + m * 60_000;

function report(): GetItemLatencyReport {
  return {
    mode: 'emulator',
    tableName: 'purchase_t',
    window: 15,
    resolution: 'minute',
    from,
    to: minute(4),
    generatedAt: minute(3),
    refreshSeconds: 5,
    getItem: {
      source: 'app',
      label: 'app',
      periodSeconds: 60,
      points: [
        { t: minute(0), average: 3, maximum: 20, sampleCount: 100 },
        { t: minute(2), average: 2, maximum: 9, sampleCount: 300 },
      ],
    },
    endToEnd: { side: 'modern', label: 'e2e', periodSeconds: 60, points: [{ t: minute(2), p95: 50, requests: 300 }] },
    endToEndRelational: { side: 'legacy', label: 'rel', periodSeconds: 60, points: [] },
  };
}

describe('chart rows', () => {
  it('has a row per period, null where a series has no sample', () => {
    const rows = buildChartRows(report());
    expect(rows.map((r) => r.t)).toEqual([minute(0), minute(1), minute(2), minute(3)]);
    expect(rows[1]).toMatchObject({ average: null, endToEnd: null });
    expect(rows[2]).toMatchObject({ average: 2, maximum: 9, sampleCount: 300, endToEnd: 50, endToEndRequests: 300, relational: null });
  });

  it('summarizes the window weighting by samples and requests', () => {
    expect(summarize(report())).toEqual({ getItemAverage: (3 * 100 + 2 * 300) / 400, getItemMaximum: 20, getItemSamples: 400, endToEndP95: 50, relationalP95: null });
  });

  it('puts axis ticks on round clock times', () => {
    const at = (h: number, m: number, s = 0) => Date.UTC(2026, 2, 6, h, m, s);
    expect(timeTicks(at(12, 0, 17), at(12, 15, 18))).toEqual([2, 4, 6, 8, 10, 12, 14].map((m) => at(12, m)));
    expect(timeTicks(at(9, 1), at(12, 2))).toEqual([at(9, 30), at(10, 0), at(10, 30), at(11, 0), at(11, 30), at(12, 0)]);
    expect(timeTicks(at(12, 0), at(12, 1))).toEqual([0, 10, 20, 30, 40, 50, 60].map((s) => at(12, 0, s)));
  });

  it('formats milliseconds readably', () => {
    expect([formatMs(1.956), formatMs(12.44), formatMs(230.6), formatMs(null)]).toEqual(['1.96 ms', '12.4 ms', '231 ms', '–']);
  });
});
