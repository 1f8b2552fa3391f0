import { describe, expect, it } from 'vitest';
import { describeFlags, describeModel, loadBounds, runSettingsSchema } from '@/lib/load/run-settings';

const parse = (input: unknown) => runSettingsSchema.safeParse(input);
const messages = (input: unknown) => {
  const result = parse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('run settings', () => {
  it('reads ab-like closed settings, from strings as a form sends them', () => {
    const result = parse({ model: 'closed', connections: '150', amount: '3000' });
    expect(result.success && result.data).toEqual({ model: 'closed', connections: 150, amount: 3000, durationSeconds: null, rate: null, timeoutSeconds: 10, seed: null, stock: null });
    expect(result.success && describeFlags(result.data)).toBe('-c 150 -n 3000');
    expect(result.success && describeModel(result.data)).toBe('Closed model: 150 connections, 3,000 requests');
  });

  it('reads open-model settings and sizes the in-flight cap from the rate', () => {
    const result = parse({ model: 'open', rate: 250, durationSeconds: 30 });
    expect(result.success && result.data).toMatchObject({ model: 'open', rate: 250, durationSeconds: 30, connections: 250, amount: null });
    expect(result.success && describeModel(result.data)).toBe('Open model: 250 arrivals/s for 30 s (at most 250 in flight)');
  });

  it.each([
    [{ connections: loadBounds.connections.max + 1, amount: 5000 }, 'connections: connections must be between 1 and 1,000'],
    [{ connections: 0, amount: 5 }, 'connections: connections must be between 1 and 1,000'],
    [{ durationSeconds: 3601 }, 'durationSeconds: duration (s) must be between 1 and 3,600'],
    [{ model: 'open', rate: 50_001, durationSeconds: 5 }, 'rate: rate (requests/s) must be between 1 and 50,000'],
    [{ amount: 10, timeoutSeconds: 61 }, 'timeoutSeconds: timeout (s) must be between 1 and 60'],
    [{ connections: 2.5, amount: 10 }, 'connections: connections must be a whole number'],
    [{ connections: 'many', amount: 10 }, 'connections: connections must be a number'],
  ])('refuses %j with a clear bound', (input, message) => {
    expect(messages(input)).toContain(message);
  });

  it('needs exactly one of requests and duration in the closed model', () => {
    expect(messages({})).toEqual(['amount: the closed model takes either a number of requests or a duration, not both and not neither']);
    expect(messages({ amount: 100, durationSeconds: 10 })).toHaveLength(1);
  });

  it('refuses fewer requests than connections, as ab does', () => {
    expect(messages({ connections: 150, amount: 100 })).toEqual(['amount: requests must be at least the number of connections (as with ab -n and -c)']);
  });

  it('keeps the models apart: no rate when closed, no request count when open', () => {
    expect(messages({ amount: 100, rate: 10 })).toHaveLength(1);
    expect(messages({ model: 'open', rate: 10, durationSeconds: 5, amount: 100 })).toEqual(['amount: the open model runs for a duration, not a number of requests']);
    expect(messages({ model: 'open' })).toHaveLength(2);
  });

  it('refuses unknown fields', () => {
    expect(messages({ amount: 10, url: 'http://elsewhere' })[0]).toMatch(/Unrecognized key/);
  });
});
