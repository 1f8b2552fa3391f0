/**
 * A self-contained HTML report of a sweep: throughput and p95 against the level for both sides
 * (inline SVG, the knee marked), the points as a table, the raw record as embedded JSON. Client-safe.
 */
import { formatClock, formatCount, formatMs, formatRate } from '@/lib/load/format';
import { escapeXml, niceTicks } from '@/lib/load/report/svg-chart';
import { sideColors } from '@/lib/load/run-colors';
import { chartRowsOf } from '@/lib/load/sweeps/sweep-curves';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';
import type { Side } from '@/lib/load/load-target';

const esc = (value: unknown) => escapeXml(String(value));
const W = 920;
const H = 320;
const M = { top: 40, right: 24, bottom: 52, left: 80 };

/** Levels evenly spaced (1, 2, 5 … 150 read better so than on a linear axis), one line per side, a dashed line at each knee. */
function sweepCurveSvg(sweep: SweepRecord, metric: 'rps' | 'p95', levelUnit: string): string {
  const rows = chartRowsOf(sweep);
  const read = (row: (typeof rows)[number], side: Side) => (metric === 'rps' ? (side === 'legacy' ? row.legacyRps : row.modernRps) : side === 'legacy' ? row.legacyP95 : row.modernP95);
  const values = rows.flatMap((row) => [read(row, 'legacy'), read(row, 'modern')]).filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.max(0, ...values));
  const yMax = ticks.at(-1)! || 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (rows.length <= 1 ? plotW / 2 : (i / (rows.length - 1)) * plotW);
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const grid = ticks.map((t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end" class="tick">${esc(metric === 'rps' ? formatRate(t) : formatMs(t))}</text>`).join('');
  const xAxis = rows.map((row, i) => `<text x="${x(i)}" y="${H - M.bottom + 20}" text-anchor="middle" class="tick">${esc(formatCount(row.level))}</text>`).join('');
  const lines = (['legacy', 'modern'] as const)
    .map((side) => {
      const points = rows.map((row, i) => ({ i, v: read(row, side) })).filter((p): p is { i: number; v: number } => p.v !== null);
      if (points.length === 0) return '';
      const d = points.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.v).toFixed(1)}`).join('');
      const dots = points.map((p) => `<circle cx="${x(p.i).toFixed(1)}" cy="${y(p.v).toFixed(1)}" r="4" fill="${sideColors[side]}"/>`).join('');
      const knee = sweep.knees[side];
      const kneeIndex = knee ? rows.findIndex((row) => row.level === knee.level) : -1;
      const marker = kneeIndex >= 0 ? `<line x1="${x(kneeIndex)}" x2="${x(kneeIndex)}" y1="${M.top}" y2="${M.top + plotH}" stroke="${sideColors[side]}" stroke-dasharray="6 4" stroke-width="2"/><text x="${x(kneeIndex) + 6}" y="${M.top + 14 + (side === 'modern' ? 16 : 0)}" class="legend" fill="${sideColors[side]}">knee (${esc(side)}): ${esc(formatCount(knee!.level))}</text>` : '';
      return `<path d="${d}" fill="none" stroke="${sideColors[side]}" stroke-width="3"/>${dots}${marker}`;
    })
    .join('');
  const legend = (['legacy', 'modern'] as const)
    .map((side, i) => `<g transform="translate(${M.left + i * 360},16)"><line x1="0" x2="22" y1="0" y2="0" stroke="${sideColors[side]}" stroke-width="4"/><text x="30" y="5" class="legend">${esc(`${side === 'legacy' ? 'Legacy' : 'Modern'}: ${sweep.labels[side]}`)}</text></g>`)
    .join('');
  const title = metric === 'rps' ? `Throughput against ${levelUnit}` : `p95 latency against ${levelUnit}`;
  return `<figure><figcaption>${esc(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}" data-metric="${metric}">${legend}${grid}${xAxis}${lines}<text x="${M.left + plotW / 2}" y="${H - 8}" text-anchor="middle" class="axis">${esc(levelUnit)}</text><text transform="translate(16 ${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" class="axis">${metric === 'rps' ? 'requests/s' : 'p95 ms'}</text></svg></figure>`;
}

function kneeSentence(sweep: SweepRecord, side: Side, unit: string): string {
  const knee = sweep.knees[side];
  const name = `${side === 'legacy' ? 'Legacy' : 'Modern'} (${sweep.labels[side]})`;
  if (!knee) return `${name}: no knee within the levels swept — throughput still grew by more than 10% at each step, or p95 did not rise.`;
  return `${name}: knee at ${formatCount(knee.level)} ${unit} — going to ${formatCount(knee.nextLevel)} added ${(knee.rpsGrowth * 100).toFixed(0)}% throughput while p95 rose ${formatMs(knee.p95Before)} -> ${formatMs(knee.p95After)}.`;
}

export function sweepToHtmlReport(sweep: SweepRecord, generatedAt = Date.now()): string {
  const unit = sweep.kind === 'concurrency' ? 'connections' : 'purchases';
  const engines = sweep.engines
    ? (['legacy', 'modern'] as const)
        .map((side) => `<li>${esc(side === 'legacy' ? 'Legacy' : 'Modern')}: ${esc(sweep.engines![side].name)}${sweep.engines![side].emulator ? ' — <b>an emulator: its latency is the emulator’s on this machine, not the real service’s</b>' : ''}</li>`)
        .join('')
    : '';
  const rows = sweep.points
    .map(
      (p) =>
        `<tr><th scope="row">${esc(p.side)}</th><td>${esc(formatCount(p.level))}</td><td>${esc(p.status)}</td><td>${p.summary ? esc(formatRate(p.summary.requestsPerSecond)) : '—'}</td><td>${p.summary ? esc(formatMs(p.summary.latency.p50)) : '—'}</td><td>${p.summary ? esc(formatMs(p.summary.latency.p95)) : '—'}</td><td>${p.summary ? esc(formatMs(p.summary.latency.p99)) : '—'}</td><td>${p.summary ? esc(formatCount(p.summary.failed)) : '—'}</td><td>${p.audit ? (p.audit.balanced ? 'balanced' : `<span class="bad">${esc(p.audit.problems.join(' '))}</span>`) : '—'}</td><td>${p.thresholds ? (p.thresholds.passed ? 'pass' : '<span class="bad">FAIL</span>') : '—'}</td></tr>`,
    )
    .join('');
  const verdict = sweep.passed === null ? '' : `<p class="verdict ${sweep.passed ? 'good' : 'bad'}">Thresholds (${esc(sweep.settings.thresholds.join(', '))}): ${sweep.passed ? 'PASSED at every level' : 'FAILED'}</p>`;
  const data = JSON.stringify(sweep).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${sweep.labels.legacy} vs ${sweep.labels.modern}`)} — db-showdown ${esc(sweep.kind)} sweep</title>
<style>
:root{color-scheme:light dark;--fg:#0f172a;--muted:#475569;--bg:#f8fafc;--card:#fff;--line:#e2e8f0}
@media (prefers-color-scheme: dark){:root{--fg:#e2e8f0;--muted:#94a3b8;--bg:#020617;--card:#0f172a;--line:#334155}}
body{font:16px/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px 32px;max-width:1400px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:8px 20px 16px;margin:16px 0}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}th,td{padding:4px 12px;border-bottom:1px solid var(--line);text-align:right}th{text-align:left}
svg .grid{stroke:var(--line)}svg .tick,svg .axis{fill:var(--muted);font-size:13px}svg .legend{fill:var(--fg);font-size:14px}
.bad{color:#dc2626}.good{color:#059669}.note{color:var(--muted)}.verdict{font-size:20px;font-weight:700}
</style></head><body>
<h1>${esc(sweep.kind === 'concurrency' ? 'Concurrency sweep' : 'Data-size sweep')}: ${esc(sweep.labels.legacy)} vs ${esc(sweep.labels.modern)}</h1>
<p class="note">db-showdown sweep ${esc(sweep.id)}, ${esc(sweep.status)}, started ${esc(formatClock(sweep.startedAt))} UTC; report generated ${esc(formatClock(generatedAt))} UTC. Levels ${esc(sweep.settings.levels.map(formatCount).join(', '))} ${esc(unit)}, ${esc(sweep.settings.secondsPerLevel)} s per level and side, closed model${sweep.scenario === 'order' ? `, stock reset to ${esc(formatCount(sweep.settings.stock))} before each side of each level and audited after it` : ''}.</p>
${engines ? `<ul>${engines}</ul>` : ''}
${verdict}
<section><h2>Curves</h2>${sweepCurveSvg(sweep, 'rps', unit)}${sweepCurveSvg(sweep, 'p95', unit)}
<ul>${(['legacy', 'modern'] as const).map((side) => `<li>${esc(kneeSentence(sweep, side, unit))}</li>`).join('')}</ul>
<p class="note">The knee: the level after which throughput grows by no more than 10% while p95 keeps rising.</p></section>
<section><h2>Points</h2><table><thead><tr><th>side</th><th>${esc(unit)}</th><th>status</th><th>req/s</th><th>p50</th><th>p95</th><th>p99</th><th>failed</th><th>books</th><th>thresholds</th></tr></thead><tbody>${rows}</tbody></table></section>
<script type="application/json" id="sweep-data">${data}</script>
</body></html>
`;
}

export { kneeSentence };
