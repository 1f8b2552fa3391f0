/**
 * Shared look of the charts: axis text follows the surrounding text colour (light and dark), the
 * tooltip reads CSS variables set by the chart frame, sizes are for a 1920x1080 screen at a distance.
 */
export const axisTick = { fill: 'currentColor', fontSize: 16 } as const;
export const gridProps = { stroke: 'currentColor', strokeOpacity: 0.15 } as const;
export const tooltipStyle = {
  background: 'var(--chart-tooltip-bg)',
  border: '1px solid var(--chart-tooltip-border)',
  borderRadius: 8,
  fontSize: 16,
  color: 'var(--chart-tooltip-fg)',
} as const;
export const chartFrameClass =
  'text-slate-600 dark:text-slate-300 [--chart-tooltip-bg:#ffffff] [--chart-tooltip-border:#cbd5e1] [--chart-tooltip-fg:#0f172a] dark:[--chart-tooltip-bg:#0f172a] dark:[--chart-tooltip-border:#334155] dark:[--chart-tooltip-fg:#e2e8f0]';

const NICE = [1, 2, 2.5, 5];
const INTERVALS = [4, 5, 3, 6];

/** The smallest round step (1, 2, 2.5 or 5 x 10^n) giving at most `count` intervals up to `value`. */
function niceStep(value: number, count: number): number {
  const raw = value / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [...NICE, 10].map((m) => m * power).find((step) => step >= raw * (1 - 1e-9)) ?? 10 * power;
}

function isNice(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return NICE.some((m) => Math.abs(mantissa - m) < 1e-9) || Math.abs(mantissa - 10) < 1e-9;
}

/** The top of a y axis: the lowest round top (3 to 6 round steps) above the largest value, so two charts can share it. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  // A little headroom so the highest point does not sit on the frame.
  const target = value * 1.05;
  const tops = INTERVALS.map((count) => {
    const step = niceStep(target, count);
    return Number((Math.ceil(target / step - 1e-9) * step).toPrecision(12));
  });
  return Math.min(...tops);
}

/** Round ticks from 0 to a top made by niceMax. */
export function niceTicks(max: number): number[] {
  const intervals = INTERVALS.find((count) => isNice(max / count)) ?? 4;
  const step = isNice(max / intervals) ? max / intervals : niceStep(max, 4);
  const ticks: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}
