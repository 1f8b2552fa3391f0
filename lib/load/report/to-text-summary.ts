import { compareRuns } from '@/lib/load/compare-runs';
import { counterWords, runNotes } from '@/lib/load/run-notes';
import { engineLines, thresholdLines } from '@/lib/load/report/run-verdict-lines';
import { servedWithin } from '@/lib/load/report/served-within';
import { describeModel } from '@/lib/load/run-settings';
import type { LatencyBin, RunRecord } from '@/lib/load/run-types';
import { UNREADABLE } from '@/lib/load/stats/run-stats';

/** A run's summary as plain text for the terminal: ab's layout first, then Gatling's ranges. */

const pad = (label: string, width = 24) => `${label}:`.padEnd(width);
const ms3 = (ms: number) => ms.toFixed(3);
const count = (n: number) => n.toLocaleString('en-US');

/** Up to 12 rows of bars, adjacent bins merged, for a terminal-width picture of the distribution. */
function textHistogram(bins: LatencyBin[], rows = 12, width = 40): string[] {
  if (bins.length === 0) return [];
  const group = Math.ceil(bins.length / rows);
  const merged: LatencyBin[] = [];
  for (let i = 0; i < bins.length; i += group) {
    const part = bins.slice(i, i + group);
    merged.push({ fromMs: part[0]!.fromMs, toMs: part.at(-1)!.toMs, count: part.reduce((sum, bin) => sum + bin.count, 0) });
  }
  const top = Math.max(...merged.map((bin) => bin.count), 1);
  return merged.map((bin) => {
    const range = `${bin.fromMs.toPrecision(3)} - ${bin.toMs.toPrecision(3)} ms`.padStart(24);
    return `${range} | ${'#'.repeat(Math.round((bin.count / top) * width)).padEnd(width)} ${count(bin.count)}`;
  });
}

export function runToText(run: RunRecord, baseUrl?: string): string {
  const s = run.summary;
  const lines = [
    `Run ${run.id} (${run.targetId}) — ${run.status}${run.error ? `: ${run.error}` : ''}`,
    `${pad('Target')}${run.request}${baseUrl ? ` on ${baseUrl}` : ''}`,
    `${pad('Model')}${describeModel(run.settings)}`,
    ...engineLines([run]).map((line) => `${pad('Engine')}${line}`),
    ...thresholdLines(run),
  ];
  if (!s) return [...lines, '', 'No summary: the run did not finish.'].join('\n');
  const served = Math.max(1, s.completed + s.errors.timeout + s.errors.connection);
  const share = (n: number) => `${count(n).padStart(9)} (${Math.round((n / served) * 100).toString().padStart(3)}%)`;
  lines.push(
    '',
    `${pad('Concurrency Level')}${run.settings.connections}`,
    `${pad('Time taken for tests')}${s.totalTimeSeconds.toFixed(3)} seconds`,
    `${pad('Complete requests')}${s.completed}`,
    `${pad('Failed requests')}${s.failed}`,
    `   (status: ${s.errors.status}${Object.keys(s.errors.byStatus).length ? ` [${Object.entries(s.errors.byStatus).map(([code, n]) => `${code}: ${n}`).join(', ')}]` : ''}, timeout: ${s.errors.timeout}, connection: ${s.errors.connection})`,
    ...(s.unfinished > 0 ? [`${pad('Unfinished when stopped')}${s.unfinished}`] : []),
    `${pad('Requests per second')}${s.requestsPerSecond.toFixed(2)} [#/sec] (mean)`,
    `${pad('Time per request')}${ms3(s.timePerRequestMs)} [ms] (mean)`,
    `${pad('Time per request')}${ms3(s.timePerRequestAcrossMs)} [ms] (mean, across all concurrent requests)`,
    `${pad('Transfer rate')}${s.transferKbPerSecond.toFixed(2)} [Kbytes/sec] received`,
  );
  if (s.outcomes) {
    const counted = Object.entries(s.outcomes).filter(([name, n]) => name !== UNREADABLE || n > 0);
    lines.push(`${pad('Outcomes')}${counted.map(([name, n]) => `${counterWords(name)} ${count(n)}`).join(', ')}`);
  }
  for (const [name, note] of runNotes(run)) lines.push(`${pad(counterWords(name))}${JSON.stringify(note)}`);
  if (s.lateStarts > 0) lines.push(`${pad('Late starts')}${count(s.lateStarts)} (every connection busy; the wait counts as latency)`);
  lines.push(
    '',
    'Percentage of the requests served within a certain time (ms)',
    ...servedWithin(s.latency).map(([label, value]) => `  ${label.padStart(4)}  ${ms3(value).padStart(10)}${label === '100%' ? ' (longest request)' : ''}`),
    '',
    '---- Global Information (Gatling-style) ----',
    `> min / mean / std dev / max       ${ms3(s.latency.min)} / ${ms3(s.latency.mean)} / ${ms3(s.latency.stdDev)} / ${ms3(s.latency.max)} ms`,
    `> t < 800 ms                      ${share(s.ranges.under800)}`,
    `> 800 ms <= t < 1200 ms           ${share(s.ranges.from800To1200)}`,
    `> t >= 1200 ms                    ${share(s.ranges.over1200)}`,
    `> failed                          ${share(s.ranges.failed)}`,
    '',
    'Response-time distribution',
    ...textHistogram(s.distribution),
    '',
    `Load generator: peak CPU ${s.generator.peakCpuPercent.toFixed(0)}% of a core, max event-loop lag ${s.generator.maxEventLoopLagMs.toFixed(1)} ms${
      s.generator.saturatedSeconds > 0 ? ` — SATURATED for ${s.generator.saturatedSeconds} s: those seconds measure the generator, not the server` : ''
    }`,
  );
  return lines.join('\n');
}

/** The two runs of a showdown, with the differences in words. */
export function comparisonToText(base: RunRecord, other: RunRecord): string {
  const c = compareRuns(base, other);
  const width = Math.max(...c.rows.map((row) => row.label.length)) + 2;
  return [
    `${other.label} vs ${base.label}:`,
    ...c.headline.filter((row) => row.sentence).map((row) => `  * ${row.sentence}`),
    '',
    `${''.padEnd(width)}${base.label.slice(0, 22).padStart(24)}${other.label.slice(0, 22).padStart(24)}`,
    ...c.rows.map((row) => `${row.label.padEnd(width)}${row.baseText.padStart(24)}${row.otherText.padStart(24)}`),
    ...(base.showdown?.mode === 'race' ? ['', 'Race mode: both sides ran at the same time and shared this machine.'] : []),
    ...(engineLines([base, other]).length > 0 ? ['', ...engineLines([base, other])] : []),
  ].join('\n');
}
