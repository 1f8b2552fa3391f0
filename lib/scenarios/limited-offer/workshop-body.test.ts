import { describe, expect, it } from 'vitest';
import { OUT_OF_STOCK_BODY, toWorkshopBody } from '@/lib/scenarios/limited-offer/workshop-body';

describe('toWorkshopBody', () => {
  it('answers Out Of Stock as the workshop did', () => {
    expect(toWorkshopBody({ outcome: 'out_of_stock', remaining: 0 })).toBe('Out Of Stock');
  });

  it('right-aligns every count to the width of Out Of Stock, so ab sees one document length', () => {
    for (const remaining of [0, 9, 10, 999, 2_999, 1_000_000, -150]) {
      const body = toWorkshopBody({ outcome: remaining < 0 ? 'oversold' : 'ordered', remaining });
      expect(body).toHaveLength(OUT_OF_STOCK_BODY.length);
      expect(Number(body.trim())).toBe(remaining);
    }
  });
});
