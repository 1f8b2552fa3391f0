import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { describeError, toErrorResponse } from '@/lib/http/to-error-response';

/** A driver error the way pg, ioredis, oracledb and the AWS SDK throw them: a message, sometimes a code or a name. */
const driverError = (message: string, extra: { code?: string; name?: string } = {}) => Object.assign(new Error(message), extra);

describe('toErrorResponse: 503 for a backend that is away, 500 for a bug', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['PostgreSQL refused', driverError('connect ECONNREFUSED 127.0.0.1:15432', { code: 'ECONNREFUSED' })],
    ['PostgreSQL pool timeout', driverError('timeout exceeded when trying to connect')],
    ['PostgreSQL restarting', driverError('the database system is shutting down', { code: '57P01' })],
    ['Redis down', driverError('Connection is closed.')],
    ['Redis ready-wait', new AppError('unavailable', 'Redis is not reachable (connection reconnecting)')],
    ['Oracle listener gone', driverError('ORA-12541: Cannot connect. No listener at host 10.0.0.5 port 1521.')],
    ['oracledb thin network error', driverError('NJS-500: connection to the Oracle Database was broken')],
    ['DynamoDB throttled', driverError('Rate exceeded', { name: 'ProvisionedThroughputExceededException' })],
    ['a refused connection inside an AggregateError', new AggregateError([driverError('connect ECONNREFUSED ::1:18000')], '')],
  ])('%s -> 503 unavailable', (_, error) => {
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(503);
    expect(body.error.code).toBe('unavailable');
  });

  it.each([
    ['a TypeError in our code', new TypeError("Cannot read properties of undefined (reading 'rows')")],
    ['an SQL error', driverError('relation "hotdeal_list" does not exist', { code: '42P01' })],
    ['an Oracle constraint violation', driverError('ORA-00001: unique constraint (APP.PK) violated')],
    ['something that is not an Error', 'boom'],
  ])('%s -> 500 internal, without its message or stack', (_, error) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { status, body } = toErrorResponse(error);
    expect(status).toBe(500);
    expect(body).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('keeps an AppError: its status, message and details', () => {
    expect(toErrorResponse(new AppError('conflict', 'A load run is already going', { runningId: 'r-1' }))).toEqual({
      status: 409,
      body: { error: { code: 'conflict', message: 'A load run is already going', runningId: 'r-1' } },
    });
  });

  it('answers bad input 400 with every issue and its path', () => {
    const parsed = z.object({ stock: z.number().int(), mode: z.enum(['fair', 'race']) }).safeParse({ stock: 1.5, mode: 'x' });
    const { status, body } = toErrorResponse(parsed.error);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.message).toMatch(/^stock: .+; mode: .+$/);
  });

  it('describes the first cause of an AggregateError and a bare value', () => {
    expect(describeError(new AggregateError([new Error('first'), new Error('second')]))).toBe('first');
    expect(describeError(42)).toBe('42');
  });
});
