import { compareRuns } from '@/lib/load/compare-runs';
import { formatClock, formatCount, formatMs, formatRate, formatSeconds } from '@/lib/load/format';
import { barChartSvg, escapeXml, lineChartSvg } from '@/lib/load/report/svg-chart';
import { counterWords, runNotes } from '@/lib/load/run-notes';
import { engineLines, thresholdLines } from '@/lib/load/report/run-verdict-lines';
import { servedWithin } from '@/lib/load/report/served-within';
import { runColors } from '@/lib/load/run-colors';
import { describeModel } from '@/lib/load/run-settings';
import type { RunRecord } from '@/lib/load/run-types';

/**
 * A self-contained HTML report of one run or two compared runs: summary tables, per-second
 * charts and the response-time distribution as inline SVG, the raw data as embedded JSON. No
 * script, stylesheet or font is fetched from anywhere.
 */

const esc = (value: unknown) => escapeXml(String(value));

function table(headers: string[], rows: Array<Array<string | number>>): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The engine that served the run and its thresholds' verdict, under its heading. */
function verdictHtml(run: RunRecord): string {
  const engine = engineLines([run]).map((line) => `<p class="engine">${esc(line)}</p>`).join('');
  const thresholds = thresholdLines(run);
  const verdict = thresholds.length === 0 ? '' : `<p class="${run.thresholds?.passed ? 'good' : 'bad'}"><b>${esc(thresholds[0])}</b></p><pre>${esc(thresholds.slice(1).join('\n'))}</pre>`;
  return engine + verdict;
}

function runSection(run: RunRecord, color: string): string {
  const s = run.summary;
  const head = `<h2><span class="swatch" style="background:${color}"></span>${esc(run.label)} <small>${esc(run.request)}</small></h2>
<p>${esc(describeModel(run.settings))} · status <b>${esc(run.status)}</b> · started ${esc(formatClock(run.startedAt))} UTC${run.error ? ` · <span class="bad">${esc(run.error)}</span>` : ''}</p>${verdictHtml(run)}`;
  if (!s) return `<section>${head}<p>No summary: the run did not finish.</p></section>`;
  const ab = table(
    ['ab-style summary', ''],
    [
      ['Time taken for tests', formatSeconds(s.totalTimeSeconds)],
      ['Complete requests', formatCount(s.completed)],
      ['Failed requests', formatCount(s.failed)],
      ['Requests per second', `${formatRate(s.requestsPerSecond)} [#/sec] (mean)`],
      ['Time per request', `${formatMs(s.timePerRequestMs)} (mean)`],
      ['Time per request', `${formatMs(s.timePerRequestAcrossMs)} (mean, across all concurrent requests)`],
      ['Transfer rate', `${s.transferKbPerSecond.toFixed(2)} [Kbytes/sec] received`],
    ],
  );
  const percentiles = table(
    ['Percentage served within', 'time'],
    servedWithin(s.latency, { withP999: true }).map(([label, value]) => [label === '100%' ? '100% (longest request)' : label, formatMs(value)]),
  );
  const ranges = table(
    ['Gatling-style response time ranges', 'requests', '%'],
    (
      [
        ['t < 800 ms', s.ranges.under800],
        ['800 ms <= t < 1200 ms', s.ranges.from800To1200],
        ['t >= 1200 ms', s.ranges.over1200],
        ['failed', s.ranges.failed],
      ] as Array<[string, number]>
    ).map(([label, value]) => [label, formatCount(value), s.sent > 0 ? ((value / Math.max(1, s.completed + s.errors.timeout + s.errors.connection)) * 100).toFixed(1) : '0']),
  );
  const errors = table(
    ['Errors', 'count'],
    [
      ['non-2xx status', formatCount(s.errors.status)],
      ...Object.entries(s.errors.byStatus).map(([code, n]) => [`  status ${code}`, formatCount(n)]),
      ['timeout', formatCount(s.errors.timeout)],
      ['connection', formatCount(s.errors.connection)],
      ['unfinished when stopped', formatCount(s.unfinished)],
    ],
  );
  const outcomes = s.outcomes
    ? table(
        ['Outcomes', 'count'],
        Object.entries(s.outcomes).map(([name, n]) => [counterWords(name), formatCount(n)]),
      )
    : '';
  const audit = runNotes(run)
    .map(([name, note]) => `<h3>${esc(counterWords(name))}</h3><pre>${esc(JSON.stringify(note, null, 2))}</pre>`)
    .join('');
  const generator = `<p class="note">Load generator: peak CPU ${s.generator.peakCpuPercent.toFixed(0)}% of a core, mean ${s.generator.meanCpuPercent.toFixed(0)}%, max event-loop lag ${formatMs(s.generator.maxEventLoopLagMs)}${
    s.generator.saturatedSeconds > 0 ? ` — <b class="bad">saturated for ${s.generator.saturatedSeconds} s: those seconds measure the generator, not the server</b>` : ''
  }.${s.lateStarts > 0 ? ` ${formatCount(s.lateStarts)} arrivals started late (every connection busy); their wait is counted in their latency.` : ''}</p>`;
  const distribution = barChartSvg({
    title: `Response-time distribution — ${run.label}`,
    yLabel: 'requests',
    xLabel: 'response time (ms, bin start)',
    series: { name: run.label, color, bars: s.distribution.map((bin) => ({ label: `${Number(bin.fromMs.toPrecision(3))}`, value: bin.count })) },
  });
  return `<section>${head}<div class="grid">${ab}${percentiles}${ranges}${errors}${outcomes}</div>${generator}${audit}${distribution}</section>`;
}

export function runsToHtmlReport(runs: RunRecord[], generatedAt = Date.now()): string {
  const colors = runColors(runs);
  const title = runs.length === 2 ? `${runs[0]!.label} vs ${runs[1]!.label}` : `${runs[0]?.label ?? 'Load run'}`;
  const series = (read: (s: RunRecord['seconds'][number]) => number, dashed = false) =>
    runs.map((run, i) => ({ name: run.label, color: colors[i]!, dashed, points: run.seconds.map((s) => ({ x: s.second, y: read(s) })) }));
  const comparison =
    runs.length === 2
      ? (() => {
          const c = compareRuns(runs[0]!, runs[1]!);
          return `<section><h2>Comparison</h2><ul class="headline">${c.headline
            .filter((row) => row.sentence)
            .map((row) => `<li>${esc(row.sentence)}</li>`)
            .join('')}</ul>${engineLines(runs).map((line) => `<p class="engine">${esc(line)}</p>`).join('')}${table(['', runs[0]!.label, runs[1]!.label, `${runs[1]!.label} vs ${runs[0]!.label}`], c.rows.map((row) => [row.label, row.baseText, row.otherText, row.sentence])).replace('<table>', '<table class="cmp">')}${
            runs[0]!.showdown?.mode === 'race' ? '<p class="note">Race mode: both sides ran at the same time and shared this machine.</p>' : ''
          }</section>`;
        })()
      : '';
  const charts =
    lineChartSvg({ title: 'Requests per second', yLabel: 'requests/s', xLabel: 'second of the run', series: series((s) => s.rps) }) +
    lineChartSvg({ title: 'p95 latency per second', yLabel: 'ms', xLabel: 'second of the run', series: series((s) => s.p95) }) +
    lineChartSvg({ title: 'p50 latency per second', yLabel: 'ms', xLabel: 'second of the run', series: series((s) => s.p50) });
  const data = JSON.stringify(runs).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — db-showdown load report</title>
<style>
:root{color-scheme:light dark;--fg:#0f172a;--muted:#475569;--bg:#f8fafc;--card:#fff;--line:#e2e8f0}
@media (prefers-color-scheme: dark){:root{--fg:#e2e8f0;--muted:#94a3b8;--bg:#020617;--card:#0f172a;--line:#334155}}
body{font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px 32px;max-width:1400px}
h1{font-size:28px;margin:0 0 4px}h2{font-size:22px;margin:28px 0 8px}h2 small{font-weight:400;color:var(--muted);font-size:15px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px 20px 16px;margin:16px 0}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}th,td{padding:4px 12px;border-bottom:1px solid var(--line);text-align:left}td{text-align:right}
thead th{color:var(--muted);font-weight:600}.grid{display:flex;flex-wrap:wrap;gap:8px 32px;align-items:flex-start}
figure{margin:16px 0}figcaption{font-weight:600;margin-bottom:4px}svg .grid{stroke:var(--line)}svg .tick,svg .legend,svg .axis{fill:var(--muted);font-size:13px}svg .legend{fill:var(--fg);font-size:14px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:8px}.bad{color:#dc2626}.note{color:var(--muted)}.headline li{font-size:20px;font-weight:600}
table.cmp td:last-child{text-align:left}pre{background:var(--bg);padding:8px;border-radius:6px;overflow:auto}
</style></head><body>
<h1>${esc(title)}</h1>
<p class="note">db-showdown load report, generated ${esc(formatClock(generatedAt))} UTC. Latency is measured by the load generator per request with microsecond resolution (HDR histograms); the per-second figures are one-second windows.</p>
${comparison}
<section><h2>Per second</h2>${charts}</section>
${runs.map((run, i) => runSection(run, colors[i]!)).join('\n')}
<script type="application/json" id="run-data">${data}</script>
</body></html>
`;
}
