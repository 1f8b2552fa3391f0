import { setTimeout as sleep } from 'node:timers/promises';
import { isOracleError } from '@/lib/db/oracle/oracle-errors';

export interface RetryOnce {
  /** The ORA- numbers that mean "try again in a moment". */
  numbers: readonly number[];
  /** The pause before the one retry. */
  delayMs: number;
  /** What to throw when the retry fails with one of `numbers` as well. */
  giveUp: (error: unknown) => Error;
}

/**
 * Runs `work`; when it fails with one of `numbers`, waits `delayMs` and runs it exactly once
 * more. A second failure of that kind becomes `giveUp(error)`; any other error passes through
 * unchanged, first time or second.
 */
export async function retryOnceOn<T>(work: () => Promise<T>, { numbers, delayMs, giveUp }: RetryOnce): Promise<T> {
  try {
    return await work();
  } catch (first) {
    if (!isOracleError(first, ...numbers)) throw first;
  }
  await sleep(delayMs);
  try {
    return await work();
  } catch (second) {
    throw isOracleError(second, ...numbers) ? giveUp(second) : second;
  }
}
