import { describe, expect, it } from 'vitest';
import { readLookupRuns } from '@/lib/metrics/read-lookup-runs';

const second = { t: 2_000, requests: 10, p50: 1, p90: 2, p95: 3, p99: 4, max: 5 };
const record = (over: Record<string, unknown> = {}) => ({
  id: 'run-1',
  targetId: 'lookup.dynamodb',
  scenario: 'lookup',
  side: 'modern',
  status: 'done',
  startedAt: 1_000,
  endedAt: 3_000,
  seconds: [second],
  ...over,
});

describe('readLookupRuns (the adapter to the load engine run store)', () => {
  it('returns no runs and a note when listRuns fails', async () => {
    const read = await readLookupRuns(() => Promise.reject(new Error('disk full')));
    expect(read).toEqual({ runs: [], note: 'Load runs could not be read: disk full' });
  });

  it('keeps lookup runs, drops other scenarios, and reduces seconds to what the overlay needs', async () => {
    const read = await readLookupRuns(async () => [record(), record({ id: 'run-2', scenario: 'order', targetId: 'order.redis' })]);
    expect(read.note).toBeUndefined();
    expect(read.runs).toEqual([
      { id: 'run-1', targetId: 'lookup.dynamodb', scenario: 'lookup', side: 'modern', startedAt: 1_000, endedAt: 3_000, seconds: [{ t: 2_000, requests: 10, p95: 3 }] },
    ]);
  });

  it('leaves out lookup records of an unexpected shape and says how many', async () => {
    const read = await readLookupRuns(async () => [record(), record({ id: 'bad', startedAt: 'yesterday' }), record({ id: 'r3', seconds: null })]);
    expect(read.runs.map((r) => r.id)).toEqual(['run-1']);
    expect(read.note).toMatch(/2 lookup run\(s\) had an unexpected shape/);
  });

  it('answers a note, not a crash, when the store answers something other than a list', async () => {
    const read = await readLookupRuns(async () => ({ runs: [] }) as unknown as unknown[]);
    expect(read).toEqual({ runs: [], note: 'The run store answered something other than a list of runs.' });
  });
});
