import { describe, expect, it } from 'vitest';
import { latencyQuerySchema, latencyRange } from '@/lib/metrics/latency-query';

describe('latency query', () => {
  it('defaults to the 15-minute, per-minute view', () => {
    expect(latencyQuerySchema.parse({})).toEqual({ window: 15, resolution: 'minute' });
  });

  it('accepts the three windows and both resolutions where allowed', () => {
    expect(latencyQuerySchema.parse({ window: '180', resolution: 'minute' })).toEqual({ window: 180, resolution: 'minute' });
    expect(latencyQuerySchema.parse({ window: '15', resolution: 'second' })).toEqual({ window: 15, resolution: 'second' });
  });

  it.each([{ window: '30' }, { window: 'abc' }, { window: '' }, { resolution: 'hour' }, { window: '60', resolution: 'second' }])('rejects %o', (query) => {
    expect(latencyQuerySchema.safeParse(query).success).toBe(false);
  });

  it('covers whole periods up to the end of the open one', () => {
    const now = Date.UTC(2026, 2, 6, 12, 30, 45, 500);
    expect(latencyRange({ window: 15, resolution: 'minute' }, now)).toEqual({ from: Date.UTC(2026, 2, 6, 12, 15), to: Date.UTC(2026, 2, 6, 12, 31), periodMs: 60_000 });
    expect(latencyRange({ window: 15, resolution: 'second' }, now)).toEqual({
      from: Date.UTC(2026, 2, 6, 12, 15, 45),
      to: Date.UTC(2026, 2, 6, 12, 30, 46),
      periodMs: 1_000,
    });
  });
});
