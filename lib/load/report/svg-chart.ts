/**
 * Small SVG charts rendered to strings, for the self-contained HTML report (no script, no
 * external URL: the file opens anywhere, years later).
 */

export interface LineSeries {
  name: string;
  color: string;
  points: Array<{ x: number; y: number }>;
  dashed?: boolean;
}

export interface BarSeries {
  name: string;
  color: string;
  bars: Array<{ label: string; value: number }>;
}

const W = 920;
const H = 300;
const M = { top: 36, right: 24, bottom: 48, left: 72 };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Round tick values (1, 2, 5 x 10^n) covering 0..max. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

const tickText = (value: number) => (value >= 1000 ? value.toLocaleString('en-US') : String(Number(value.toPrecision(4))));

function frame(title: string, yLabel: string, xLabel: string, yTicks: number[], yMax: number, body: string, legend: Array<{ name: string; color: string; dashed?: boolean }>): string {
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const grid = yTicks
    .map((t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end" class="tick">${tickText(t)}</text>`)
    .join('');
  const legendItems = legend
    .map(
      (item, i) =>
        `<g transform="translate(${M.left + i * 260},14)"><line x1="0" x2="22" y1="0" y2="0" stroke="${item.color}" stroke-width="4"${item.dashed ? ' stroke-dasharray="6 4"' : ''}/><text x="30" y="5" class="legend">${escapeXml(item.name)}</text></g>`,
    )
    .join('');
  return `<figure><figcaption>${escapeXml(title)}</figcaption><svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${escapeXml(title)}">${legendItems}${grid}${body}<text x="${M.left + (W - M.left - M.right) / 2}" y="${H - 8}" text-anchor="middle" class="axis">${escapeXml(xLabel)}</text><text transform="translate(16 ${M.top + plotH / 2}) rotate(-90)" text-anchor="middle" class="axis">${escapeXml(yLabel)}</text></svg></figure>`;
}

export function lineChartSvg(options: { title: string; yLabel: string; xLabel: string; series: LineSeries[] }): string {
  const all = options.series.flatMap((s) => s.points);
  const xMax = Math.max(1, ...all.map((p) => p.x));
  const yTicks = niceTicks(Math.max(0, ...all.map((p) => p.y)));
  const yMax = yTicks.at(-1)! || 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (v: number) => M.left + (v / xMax) * plotW;
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const xTicks = niceTicks(xMax, 8).filter((t) => t <= xMax);
  const xAxis = xTicks.map((t) => `<text x="${x(t)}" y="${H - M.bottom + 18}" text-anchor="middle" class="tick">${tickText(t)}</text>`).join('');
  const lines = options.series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const d = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join('');
      return `<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`;
    })
    .join('');
  return frame(options.title, options.yLabel, options.xLabel, yTicks, yMax, xAxis + lines, options.series);
}

export function barChartSvg(options: { title: string; yLabel: string; xLabel: string; series: BarSeries }): string {
  const { bars, color, name } = options.series;
  const yTicks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const yMax = yTicks.at(-1)! || 1;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const slot = plotW / Math.max(1, bars.length);
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const labelEvery = Math.max(1, Math.ceil(bars.length / 10));
  const body = bars
    .map((bar, i) => {
      const left = M.left + i * slot;
      const rect = `<rect x="${(left + 1).toFixed(1)}" y="${y(bar.value).toFixed(1)}" width="${Math.max(1, slot - 2).toFixed(1)}" height="${(M.top + plotH - y(bar.value)).toFixed(1)}" fill="${color}"><title>${escapeXml(`${bar.label}: ${bar.value.toLocaleString('en-US')}`)}</title></rect>`;
      const label = i % labelEvery === 0 ? `<text x="${(left + slot / 2).toFixed(1)}" y="${H - M.bottom + 18}" text-anchor="middle" class="tick">${escapeXml(bar.label)}</text>` : '';
      return rect + label;
    })
    .join('');
  return frame(options.title, options.yLabel, options.xLabel, yTicks, yMax, body, [{ name, color }]);
}
