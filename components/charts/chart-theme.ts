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

/** The top of a y axis: a round number just above the largest value, so two charts can share it. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= value) return Number((step * power).toPrecision(6));
  }
  return 10 * power;
}
