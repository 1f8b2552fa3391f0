/**
 * One concurrency sweep of the order paths through the app's sweep engine: legacy SELECT … FOR
 * UPDATE and atomic Redis at 1 … 150 connections, the stock reset before each side of each level
 * and the books audited after it.
 *   SWEEP_BENCH_SECONDS (default 5 per level and side), SWEEP_BENCH_LEVELS (default 1,2,5,10,25,50,100,150)
 */
import { formatCount, formatMs, formatRate } from '@/lib/load/format';
import { kneeSentence } from '@/lib/load/sweeps/sweep-report';
import { parseLevelsText } from '@/lib/load/sweeps/sweep-levels';
import { machineLine, withBenchApp, writeBenchmarkSection } from './harness';
import { runRemoteSweep } from './sweep-cli';

const SECONDS = Number(process.env.SWEEP_BENCH_SECONDS ?? 5);
const LEVELS = parseLevelsText(process.env.SWEEP_BENCH_LEVELS ?? '1,2,5,10,25,50,100,150');

export async function benchOrderSweep(): Promise<void> {
  await withBenchApp(async (app) => {
    const sweep = await runRemoteSweep(app.baseUrl, { scenario: 'order', levels: LEVELS, secondsPerLevel: SECONDS, thresholds: ['oversold = 0'] }, (line) => console.log(line));
    const rows = sweep.settings.levels.map((level) => {
      const cell = (side: 'legacy' | 'modern') => {
        const point = sweep.points.find((p) => p.side === side && p.level === level);
        const s = point?.summary;
        return s ? `${formatRate(s.requestsPerSecond)} | ${formatMs(s.latency.p95)} | ${point!.audit?.balanced ? 'yes' : 'NO'}` : '— | — | —';
      };
      return `| ${formatCount(level)} | ${cell('legacy')} | ${cell('modern')} |`;
    });
    writeBenchmarkSection(
      'order-sweep',
      [
        '## Limited offer: a concurrency sweep of the order paths',
        '',
        `POST /api/sweeps, closed model, ${SECONDS} s per level and side, stock reset to ${formatCount(sweep.settings.stock)} before each and audited after it; payment delay at its default (30 ms). Production app, fresh bench stack. ${machineLine()}. Sweep ${sweep.status}.`,
        '',
        `| connections | legacy req/s | legacy p95 | legacy books balanced | Redis req/s | Redis p95 | Redis books balanced |`,
        '| ---: | ---: | ---: | --- | ---: | ---: | --- |',
        ...rows,
        '',
        `- ${kneeSentence(sweep, 'legacy', 'connections')}`,
        `- ${kneeSentence(sweep, 'modern', 'connections')}`,
        `- Threshold \`oversold = 0\`: ${sweep.passed ? 'held at every level' : 'FAILED'}.`,
      ].join('\n'),
    );
  });
}
