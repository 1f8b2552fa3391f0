import { describe, expect, it } from 'vitest';
import { readOutcome } from '@/lib/load/generator/drive-load';

const reader = { field: 'outcome', counters: { ordered: 'ordered', out_of_stock: 'outOfStock' } };

describe('readOutcome', () => {
  it("counts a body by its field's value, under the target's counter name", () => {
    expect(readOutcome(reader, '{"outcome":"out_of_stock","remaining":0}')).toBe('outOfStock');
    expect(readOutcome(reader, '{"outcome":"ordered"}')).toBe('ordered');
  });

  it('counts anything else as unreadable: another value, a missing field, inherited names, not JSON', () => {
    for (const body of ['{"outcome":"sold"}', '{"result":"ordered"}', '{"outcome":"toString"}', 'Out Of Stock', 'null']) {
      expect(readOutcome(reader, body), body).toBe('unreadable');
    }
  });
});
