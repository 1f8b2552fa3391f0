import { describe, expect, it } from 'vitest';
import { Watermark } from '@/lib/scenarios/purchase-lookup/migration/watermark';

describe('Watermark', () => {
  it('moves only over the contiguous prefix of finished batches', () => {
    const mark = new Watermark<string>(null, 0);
    const a = mark.begin('k25', 25);
    const b = mark.begin('k50', 25);
    const c = mark.begin('k60', 10);
    mark.complete(b);
    expect(mark.key).toBeNull();
    expect(mark.rowsDone).toBe(0);
    expect(mark.rowsAheadOfWatermark).toBe(25);
    mark.complete(a);
    expect(mark.key).toBe('k50');
    expect(mark.rowsDone).toBe(50);
    mark.complete(c);
    expect(mark.key).toBe('k60');
    expect(mark.rowsDone).toBe(60);
    expect(mark.rowsAheadOfWatermark).toBe(0);
  });

  it('starts from a checkpoint', () => {
    const mark = new Watermark<string>('k100', 100);
    mark.complete(mark.begin('k125', 25));
    expect(mark).toMatchObject({ key: 'k125', rowsDone: 125 });
  });

  it('rejects an unknown batch', () => {
    expect(() => new Watermark<string>(null, 0).complete(3)).toThrow(/unknown batch/);
  });
});
