import { describe, expect, it } from 'vitest';
import { describeFlags, describeModel, runSettingsSchema } from '@/lib/load/run-settings';

describe('run settings with stages and thresholds', () => {
  it('takes the duration from the stages and the connections (closed) or rate (open) from their peak', () => {
    const closed = runSettingsSchema.parse({ stages: [{ durationSeconds: 5, target: 10 }, { durationSeconds: 10, target: 40 }], thresholds: ['p95 < 50 ms'] });
    expect(closed).toMatchObject({ model: 'closed', connections: 40, durationSeconds: 15, amount: null, rate: null, thresholds: ['p95 < 50 ms'] });
    expect(describeModel(closed)).toBe('Closed model in stages (connections): 5 s → 10, 10 s → 40 (15 s)');
    expect(describeFlags(closed)).toBe('--stages 5s:10,10s:40');

    const open = runSettingsSchema.parse({ model: 'open', stages: [{ durationSeconds: 3, target: 500 }] });
    expect(open).toMatchObject({ model: 'open', rate: 500, connections: 500, durationSeconds: 3 });
  });

  it('refuses a duration, a request count or a rate beside stages, and targets above the bounds', () => {
    const problems = (input: object) => runSettingsSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));
    expect(problems({ stages: [{ durationSeconds: 5, target: 10 }], durationSeconds: 5 })).toEqual(['durationSeconds']);
    expect(problems({ stages: [{ durationSeconds: 5, target: 10 }], amount: 50 })).toEqual(['amount']);
    expect(problems({ model: 'open', stages: [{ durationSeconds: 5, target: 10 }], rate: 10 })).toEqual(['rate']);
    expect(problems({ stages: [{ durationSeconds: 5, target: 5000 }] })).toEqual(['stages.0.target']);
    expect(problems({ stages: [{ durationSeconds: 5, target: 0 }] })).toEqual(['stages']);
    expect(problems({ connections: 5, amount: 10, thresholds: ['p95 soon'] })).toEqual(['thresholds.0']);
  });

  it('keeps runs without stages as they were, with no thresholds', () => {
    expect(runSettingsSchema.parse({ connections: 5, amount: 10 })).toEqual({ model: 'closed', connections: 5, amount: 10, durationSeconds: null, rate: null, timeoutSeconds: 10, seed: null, stock: null });
  });
});
