import { describe, expect, it } from 'vitest';
import { retryOnceOn } from '@/lib/db/oracle/retry-once';

const ora = (errorNum: number) => Object.assign(new Error(`ORA-${String(errorNum).padStart(5, '0')}: test`), { errorNum });

/** A piece of work that throws the given errors in turn, then answers; counts its calls. */
function failing(...errors: Error[]) {
  const work = { calls: 0, run: async () => {
    const error = errors[work.calls++];
    if (error) throw error;
    return 'done';
  } };
  return work;
}

const options = { numbers: [942, 8103], delayMs: 0, giveUp: () => new Error('gave up') };

describe('retryOnceOn', () => {
  it('retries exactly once on each listed number, and answers what the retry answers', async () => {
    for (const number of options.numbers) {
      const work = failing(ora(number));
      await expect(retryOnceOn(work.run, options)).resolves.toBe('done');
      expect(work.calls).toBe(2);
    }
  });

  it('a second failure of a listed number becomes giveUp, and there is no third try', async () => {
    const work = failing(ora(942), ora(8103), ora(942));
    await expect(retryOnceOn(work.run, options)).rejects.toThrow('gave up');
    expect(work.calls).toBe(2);
  });

  it('never retries another error, ORA- or not; an unlisted error on the retry passes through unchanged', async () => {
    for (const error of [ora(904), ora(54), ora(1), new Error('NJS-500: closed'), new Error('a message that only mentions ORA-00942 later on')]) {
      const work = failing(error);
      await expect(retryOnceOn(work.run, options)).rejects.toBe(error);
      expect(work.calls).toBe(1);
    }
    const second = ora(1017);
    const work = failing(ora(942), second);
    await expect(retryOnceOn(work.run, options)).rejects.toBe(second);
    expect(work.calls).toBe(2);
  });

  it('reads the number from the message of an error without errorNum, as the driver wraps some', async () => {
    const work = failing(new Error('ORA-00942: table or view "OSHOP"."PURCHASE" does not exist'));
    await expect(retryOnceOn(work.run, options)).resolves.toBe('done');
    expect(work.calls).toBe(2);
  });
});
