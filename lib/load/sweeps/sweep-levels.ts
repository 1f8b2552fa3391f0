/** Parsing and checking the levels of a sweep ("1,2,5,10,25,50,100,150"). Client-safe. */
import { z } from 'zod';

export const defaultConcurrencyLevels = [1, 2, 5, 10, 25, 50, 100, 150] as const;

export const sweepBounds = {
  levels: { min: 2, max: 16 },
  connections: { min: 1, max: 1_000 },
  purchases: { min: 100, max: 2_000_000 },
  secondsPerLevel: { min: 1, max: 300 },
} as const;

export function parseLevelsText(text: string): number[] {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().replace(/_/g, ''))
    .filter((part) => part !== '');
  return parts.map((part) => {
    const match = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(part);
    if (!match) throw new Error(`"${part}" is not a level (whole numbers, e.g. 1,2,5,10 or 10k,100k,1m)`);
    const scale = match[2]?.toLowerCase() === 'k' ? 1_000 : match[2]?.toLowerCase() === 'm' ? 1_000_000 : 1;
    return Math.round(Number(match[1]) * scale);
  });
}

/** Distinct, ascending, within bounds. */
export function levelsSchema(bounds: { min: number; max: number }, label: string) {
  return z
    .array(
      z.coerce
        .number({ error: `${label} must be numbers` })
        .int({ error: `${label} must be whole numbers` })
        .min(bounds.min, { error: `${label} must be between ${bounds.min.toLocaleString('en-US')} and ${bounds.max.toLocaleString('en-US')}` })
        .max(bounds.max, { error: `${label} must be between ${bounds.min.toLocaleString('en-US')} and ${bounds.max.toLocaleString('en-US')}` }),
      { error: `${label} must be a list` },
    )
    .min(sweepBounds.levels.min, { error: `a sweep needs at least ${sweepBounds.levels.min} levels` })
    .max(sweepBounds.levels.max, { error: `at most ${sweepBounds.levels.max} levels` })
    .transform((levels) => [...new Set(levels)].sort((a, b) => a - b))
    .refine((levels) => levels.length >= sweepBounds.levels.min, { error: `a sweep needs at least ${sweepBounds.levels.min} different levels` });
}
