import { describe, expect, it, vi } from 'vitest';
import { appErrorFromOracle, BUSY_ORA, busyConflict, UNAVAILABLE_ORA } from '@/lib/db/oracle/oracle-errors';
import { appErrorFromPostgres } from '@/lib/db/postgres/postgres-errors';
import { AppError } from '@/lib/http/app-error';
import { toErrorResponse } from '@/lib/http/to-error-response';

/*
 * How the HTTP layer answers the Oracle errors a first real run meets, read from error objects
 * shaped as the thin driver throws them (errorNum plus an ORA- message).
 */

const ora = (errorNum: number, text = 'test') => Object.assign(new Error(`ORA-${String(errorNum).padStart(5, '0')}: ${text}`), { errorNum, code: `ORA-${String(errorNum).padStart(5, '0')}` });

describe('busy locks: 409 with a sentence, reason busy', () => {
  it.each([
    [54, 'LOCK TABLE ... WAIT n ran out (the reset)'],
    [30006, 'SELECT ... FOR UPDATE WAIT n ran out (the schema lock)'],
    [4021, 'a DDL lock wait ran out'],
  ])('ORA-%i: %s', (errorNum) => {
    const { status, body } = toErrorResponse(ora(errorNum, 'resource busy'));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'conflict', reason: 'busy', oracleError: `ORA-${String(errorNum).padStart(5, '0')}` });
    expect(body.error.message).toMatch(/^Oracle is busy: .*wait ran out.*Try again/);
  });

  it('an adapter that knows what waited gives its own sentence and keeps the ORA- code', () => {
    const error = busyConflict('The reset waited 5 s and gave up.', ora(54));
    expect(toErrorResponse(error)).toEqual({
      status: 409,
      body: { error: { code: 'conflict', message: 'The reset waited 5 s and gave up.', reason: 'busy', oracleError: 'ORA-00054' } },
    });
    expect(BUSY_ORA).toEqual(expect.arrayContaining([54, 30006]));
  });
});

describe('a database that is not open yet, or not reachable: 503 with what to do', () => {
  it.each([
    [1033, /starting up or shutting down/],
    [1034, /not running/],
    [1109, /not open yet/],
    [1017, /app user is still being created; otherwise check ORACLE_USER and ORACLE_PASSWORD/],
    [12514, /does not know the service/],
    [12541, /no listener/],
    [12528, /blocking new connections/],
    [12516, /no free handler/],
    [28000, /locked/],
  ])('ORA-%i', (errorNum, why) => {
    const { status, body } = toErrorResponse(ora(errorNum));
    expect(status).toBe(503);
    expect(body.error).toMatchObject({ code: 'unavailable', oracleError: `ORA-${String(errorNum).padStart(5, '0')}` });
    expect(body.error.message).toMatch(/^Oracle is not available: /);
    expect(body.error.message).toMatch(why);
  });

  it('every start-up number has a sentence', () => {
    for (const number of [1033, 1034, 1089, 1109, 1017, 12505, 12514, 12516, 12519, 12520, 12521, 12526, 12527, 12528, 12537, 12541]) {
      expect(UNAVAILABLE_ORA[number], `ORA-${number}`).toMatch(/\w+ \w+/);
    }
  });

  it('driver NJS- errors stay "Backend unavailable" with the driver text', () => {
    const njs = Object.assign(new Error('NJS-511: connection to listener at host 127.0.0.1 port 1 was refused'), { code: 'NJS-511' });
    expect(toErrorResponse(njs)).toMatchObject({ status: 503, body: { error: { code: 'unavailable', message: expect.stringMatching(/^Backend unavailable: NJS-511/) } } });
  });
});

describe('everything else is left alone', () => {
  it('a bug (ORA-00904, ORA-00942 outside the lookup reads) stays a 500 without details', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const errorNum of [904, 942, 1]) {
      expect(appErrorFromOracle(ora(errorNum))).toBeNull();
      expect(toErrorResponse(ora(errorNum))).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Internal error' } } });
    }
    expect(logged).toHaveBeenCalledTimes(3);
    logged.mockRestore();
  });

  it('an AppError passes through as it is', () => {
    expect(toErrorResponse(new AppError('unavailable', 'x', { reason: 'reloading' }))).toEqual({ status: 503, body: { error: { code: 'unavailable', message: 'x', reason: 'reloading' } } });
  });
});

describe('PostgreSQL twin', () => {
  it('a lock_timeout that ran out (55P03) is a 409 busy, not a 500', () => {
    const error = Object.assign(new Error('canceling statement due to lock timeout'), { code: '55P03', severity: 'ERROR' });
    expect(toErrorResponse(error)).toMatchObject({ status: 409, body: { error: { code: 'conflict', reason: 'busy', sqlState: '55P03' } } });
    expect(appErrorFromPostgres(Object.assign(new Error('relation "x" does not exist'), { code: '42P01' }))).toBeNull();
    expect(appErrorFromPostgres(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeNull();
  });
});
