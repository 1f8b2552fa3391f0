import { describe, expect, it } from 'vitest';
import { backoffDelay, RetriesExhaustedError, retryRemaining } from '@/lib/scenarios/purchase-lookup/migration/retry-remaining';

const noSleep = { sleep: async () => undefined };

describe('retryRemaining', () => {
  it('retries only what is still pending until nothing is left', async () => {
    const seen: number[][] = [];
    const outcome = await retryRemaining(
      [1, 2, 3, 4, 5],
      async (pending) => {
        seen.push([...pending]);
        return pending.slice(Math.ceil(pending.length / 2));
      },
      () => false,
      { baseMs: 10, capMs: 100, maxStalledAttempts: 3, ...noSleep },
    );
    expect(seen).toEqual([[1, 2, 3, 4, 5], [4, 5], [5]]);
    expect(outcome.attempts).toBe(3);
  });

  it('retries a retryable error with the whole pending set, and rethrows any other at once', async () => {
    let calls = 0;
    await retryRemaining(
      ['a', 'b'],
      async (pending) => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error('slow down'), { name: 'ThrottlingException' });
        expect(pending).toEqual(['a', 'b']);
        return [];
      },
      (error) => (error as Error).name === 'ThrottlingException',
      { baseMs: 10, capMs: 100, maxStalledAttempts: 3, ...noSleep },
    );
    expect(calls).toBe(2);

    await expect(
      retryRemaining([1], async () => Promise.reject(new Error('ValidationException')), () => false, { baseMs: 1, capMs: 1, maxStalledAttempts: 5, ...noSleep }),
    ).rejects.toThrow('ValidationException');
  });

  it('gives up after the given number of attempts without progress, saying how many items are left', async () => {
    const error = await retryRemaining([1, 2], async (pending) => pending, () => true, { baseMs: 1, capMs: 1, maxStalledAttempts: 4, ...noSleep }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhaustedError);
    expect((error as RetriesExhaustedError).remaining).toBe(2);
    expect((error as RetriesExhaustedError).attempts).toBe(4);
  });

  it('waits with exponential backoff and full jitter between attempts', async () => {
    const waits: number[] = [];
    await retryRemaining(
      [1],
      async (pending) => (waits.length < 4 ? pending : []),
      () => true,
      { baseMs: 100, capMs: 500, maxStalledAttempts: 10, random: () => 0.999, sleep: async (ms) => void waits.push(ms) },
    );
    // Ceilings 100, 200, 400, then capped at 500; jitter near its top here.
    expect(waits).toEqual([99, 199, 399, 499]);
    expect(backoffDelay(3, { baseMs: 100, capMs: 500, random: () => 0 })).toBe(0);
  });
});
