import type { RunRecord } from '@/lib/load/run-types';

/** The theme's legacy amber and modern blue (app/globals.css), and a neutral for runs with no side. */
export const sideColors = { legacy: '#d97706', modern: '#2563eb', neutral: '#059669', second: '#7c3aed' } as const;

/**
 * Colours for runs shown together: by side when the sides differ (legacy amber, modern blue),
 * otherwise amber then blue so two runs of the same side are still told apart.
 */
export function runColors(runs: Array<Pick<RunRecord, 'side'>>): string[] {
  const sides = runs.map((run) => run.side);
  const distinctSides = new Set(sides).size === runs.length && sides.every((side) => side !== null);
  if (distinctSides) return sides.map((side) => sideColors[side!]);
  if (runs.length === 1) return [runs[0]!.side ? sideColors[runs[0]!.side] : sideColors.neutral];
  return runs.map((_, i) => [sideColors.legacy, sideColors.modern, sideColors.neutral, sideColors.second][i % 4]!);
}
