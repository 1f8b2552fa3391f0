import { describe, expect, it } from 'vitest';
import { showdownPairs, targetCatalog, targetIdFromWords, targetIds } from '@/lib/scenario-catalog';
import { getLeanRoutes, startLoadShowdown } from '@/lib/scenarios';

describe('the wiring of scenarios to the lean handler and the engine', () => {
  it('answers every listed target on the lean path, once', () => {
    const paths = getLeanRoutes().map((route) => `${route.method} ${route.path}`);
    expect(new Set(paths).size).toBe(paths.length);
    for (const id of targetIds) expect(paths, id).toContain(`GET ${targetCatalog[id].path}`);
  });

  it('lists each target once, under its own id, with showdown sides of its own scenario', () => {
    expect(new Set(targetIds).size).toBe(targetIds.length);
    for (const id of targetIds) expect(targetCatalog[id].id).toBe(id);
    for (const [scenario, pair] of Object.entries(showdownPairs)) {
      expect(targetCatalog[pair.legacy]).toMatchObject({ scenario, side: 'legacy' });
      for (const modern of pair.modernChoices) expect(targetCatalog[modern]).toMatchObject({ scenario, side: 'modern' });
    }
  });

  it("reads the CLI's words as target ids", () => {
    expect(targetIdFromWords('order', 'redis')).toBe('order.redis');
    expect(targetIdFromWords('ping', undefined)).toBe('ping');
    expect(targetIdFromWords('order', 'mongo')).toBeNull();
  });

  it('refuses a modern side from another scenario before anything starts', () => {
    expect(() => startLoadShowdown({ scenario: 'order', mode: 'fair', modernTargetId: 'lookup.dynamodb', settings: {} as never })).toThrow(/cannot be the modern side/);
  });
});
