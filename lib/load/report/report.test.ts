import { describe, expect, it } from 'vitest';
import { runsToCsv } from '@/lib/load/report/to-csv';
import { runsToHtmlReport } from '@/lib/load/report/to-html-report';
import { runSettingsSchema } from '@/lib/load/run-settings';
import type { OutcomeCounts, RunRecord } from '@/lib/load/run-types';
import { RunStats } from '@/lib/load/stats/run-stats';

function makeRun(id: string, side: 'legacy' | 'modern', latencyMs: number, perSecond: number): RunRecord<OutcomeCounts, { offer: unknown }> {
  const stats = new RunStats({ outcomeCounters: ['ordered', 'outOfStock', 'oversold'], startedAt: 1_700_000_000_000 });
  const seconds = [];
  for (let s = 1; s <= 3; s++) {
    for (let i = 0; i < perSecond; i++) {
      stats.recordSent(1_700_000_000_000 + s * 1000 - 500);
      stats.recordResponse(latencyMs, 200, 40, i % 5 === 0 ? 'outOfStock' : 'ordered', 1_700_000_000_000 + s * 1000 - 400);
    }
    seconds.push(stats.takeSecond(1_700_000_000_000 + s * 1000, 1_700_000_000_000 + s * 1000, { cpuPercent: 10, eventLoopLagP99Ms: 1, eventLoopLagMaxMs: 1, saturated: false }));
  }
  return {
    id,
    targetId: side === 'legacy' ? 'order.legacy' : 'order.redis',
    scenario: 'order',
    side,
    label: side === 'legacy' ? 'SELECT … FOR UPDATE' : 'Redis "atomic" <b>',
    request: 'GET /api/order/x',
    status: 'completed',
    startedAt: 1_700_000_000_000,
    endedAt: 1_700_000_003_000,
    settings: { ...runSettingsSchema.parse({ connections: 10, amount: perSecond * 3 }), seed: 1 },
    seconds,
    summary: stats.summarize(10),
    error: null,
    showdown: { id: 's-1', mode: 'race', role: side },
    offer: { stock: 3000, audit: { sold: 120, stock: 2880 } },
  };
}

describe('exports', () => {
  const legacy = makeRun('20261122-000000-aaaaaa', 'legacy', 90, 50);
  const modern = makeRun('20261122-000100-bbbbbb', 'modern', 20, 200);

  it('writes one CSV row per second of each run, with units in the header', () => {
    const lines = runsToCsv([legacy, modern]).trim().split('\n');
    expect(lines).toHaveLength(1 + 6);
    expect(lines[0]).toMatch(/^run_id,target,second,end_time_utc,window_ms,requests,requests_per_s,sent,p50_ms/);
    const header = lines[0]!.split(',');
    const first = lines[1]!.split(',');
    expect(first[header.indexOf('requests')]).toBe('50');
    expect(first[header.indexOf('ordered')]).toBe('40');
    expect(first[header.indexOf('out_of_stock')]).toBe('10');
    expect(Number(first[header.indexOf('p95_ms')])).toBeCloseTo(90, 0);
  });

  it('writes a self-contained HTML report: charts inline, no external URL, text escaped', () => {
    const html = runsToHtmlReport([legacy, modern], Date.UTC(2026, 10, 22));
    expect(html).toMatch(/^<!doctype html>/);
    expect((html.match(/<svg /g) ?? []).length).toBe(5); // rps, p95, p50, and one distribution per run
    expect(html).not.toMatch(/(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/<link /);
    expect(html).toContain('4.0x the throughput');
    expect(html).toContain('p95 90 ms -&gt; 20 ms (4.5x faster)');
    expect(html).toContain('Race mode: both sides ran at the same time and shared this machine.');
    expect(html).toContain('Redis &quot;atomic&quot; &lt;b&gt;');
    expect(html).not.toContain('Redis "atomic" <b>');
    // The data is embedded and readable back.
    const json = html.match(/<script type="application\/json" id="run-data">([\s\S]*?)<\/script>/)![1]!;
    expect((JSON.parse(json) as RunRecord[]).map((run) => run.id)).toEqual([legacy.id, modern.id]);
  });
});
