/**
 * Retries the part of a batch that is still pending (DynamoDB's UnprocessedItems, or the whole
 * batch after a throttling error) with exponential backoff and full jitter, as AWS recommends:
 * the delay before retry n is uniform in [0, min(cap, base * 2^n)).
 */
export interface RetryOptions {
  baseMs: number;
  capMs: number;
  /** Give up after this many attempts in a row that made no progress. */
  maxStalledAttempts: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RetryOutcome {
  /** Calls of `attempt`, the first one included. */
  attempts: number;
  /** Milliseconds spent waiting between attempts. */
  waitedMs: number;
}

export class RetriesExhaustedError extends Error {
  constructor(
    readonly remaining: number,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    super(
      `${remaining} item(s) still pending after ${attempts} attempts` +
        (lastError instanceof Error ? `: ${lastError.message}` : ''),
    );
    this.name = 'RetriesExhaustedError';
  }
}

export function backoffDelay(retry: number, options: Pick<RetryOptions, 'baseMs' | 'capMs' | 'random'>): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(retry, 30));
  return Math.floor((options.random ?? Math.random)() * ceiling);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `attempt` with the pending items until it reports none left. `attempt` returns what is
 * still pending; a thrown error that `isRetryable` accepts leaves everything pending.
 */
export async function retryRemaining<T>(
  items: readonly T[],
  attempt: (pending: readonly T[]) => Promise<readonly T[]>,
  isRetryable: (error: unknown) => boolean,
  options: RetryOptions,
): Promise<RetryOutcome> {
  const sleep = options.sleep ?? defaultSleep;
  let pending = items;
  let attempts = 0;
  let stalled = 0;
  let retry = 0;
  let waitedMs = 0;
  let lastError: unknown;
  for (;;) {
    attempts += 1;
    let remaining: readonly T[];
    try {
      remaining = await attempt(pending);
      lastError = undefined;
    } catch (error) {
      if (!isRetryable(error)) throw error;
      remaining = pending;
      lastError = error;
    }
    if (remaining.length === 0) return { attempts, waitedMs };
    stalled = remaining.length < pending.length ? 0 : stalled + 1;
    if (stalled >= options.maxStalledAttempts) throw new RetriesExhaustedError(remaining.length, attempts, lastError);
    pending = remaining;
    const delay = backoffDelay(retry, options);
    retry += 1;
    waitedMs += delay;
    await sleep(delay);
  }
}
