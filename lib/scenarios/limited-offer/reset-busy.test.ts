import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { RESET_BUSY_MESSAGE, RESET_LOCK_WAIT_S } from '@/lib/scenarios/limited-offer/offer-constants';
import * as oracle from '@/lib/scenarios/limited-offer/relational-oracle';
import * as postgres from '@/lib/scenarios/limited-offer/relational-postgres';

/*
 * A reset during a busy legacy run waits RESET_LOCK_WAIT_S for the running orders, then gives
 * up. Both engines answer that as a 409 with one sentence, never as "Internal error".
 */

const ora = (errorNum: number) => Object.assign(new Error(`ORA-${String(errorNum).padStart(5, '0')}: resource busy`), { errorNum });

describe('a reset that gave up waiting for running orders', () => {
  it('waits the same bounded time on both engines', () => {
    expect(oracle.LOCK_FOR_RESET).toBe(`LOCK TABLE HOTDEAL_LIST, ORDER_HISTORY IN EXCLUSIVE MODE WAIT ${RESET_LOCK_WAIT_S}`);
    expect(postgres.RESET_LOCK_TIMEOUT).toBe(`SET LOCAL lock_timeout = '${RESET_LOCK_WAIT_S}s'`);
    expect(RESET_BUSY_MESSAGE).toContain(`waited ${RESET_LOCK_WAIT_S} s`);
  });

  it('Oracle: LOCK TABLE ... WAIT n raises ORA-00054 (not ORA-30006), and both are a 409 with the reset sentence', () => {
    for (const errorNum of [54, 30006]) {
      const failure = oracle.resetFailure(ora(errorNum));
      expect(failure).toBeInstanceOf(AppError);
      expect(toErrorResponse(failure)).toEqual({
        status: 409,
        body: { error: { code: 'conflict', message: RESET_BUSY_MESSAGE, reason: 'busy', oracleError: `ORA-${String(errorNum).padStart(5, '0')}` } },
      });
    }
  });

  it('PostgreSQL: lock_timeout (55P03) is the same 409', () => {
    const failure = postgres.resetFailure(Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03' }));
    expect(toErrorResponse(failure)).toEqual({ status: 409, body: { error: { code: 'conflict', message: RESET_BUSY_MESSAGE, reason: 'busy', sqlState: '55P03' } } });
  });

  it('any other failure of a reset is handed on unchanged', () => {
    const others = [ora(942), new Error('NJS-500: closed'), Object.assign(new Error('deadlock detected'), { code: '40P01' })];
    for (const error of others) {
      expect(oracle.resetFailure(error)).toBe(error);
      expect(postgres.resetFailure(error)).toBe(error);
    }
  });
});
