import { AppError } from '@/lib/http/app-error';

/** Oracle error numbers the adapters handle on purpose. */
export const ORA = {
  /** ORA-00001: unique constraint violated. */
  uniqueViolated: 1,
  /** ORA-00054: resource busy (LOCK TABLE ... WAIT n / NOWAIT, DDL) and the wait ran out. */
  resourceBusy: 54,
  /** ORA-00942: table or view does not exist. */
  tableMissing: 942,
  /** ORA-00955: name is already used by an existing object. */
  nameInUse: 955,
  /** ORA-08103: object no longer exists (dropped under a running fetch). */
  objectGone: 8103,
  /** ORA-30006: resource busy; SELECT ... FOR UPDATE WAIT n ran out. */
  waitTimedOut: 30006,
} as const;

/**
 * Busy: another session holds a lock this statement needs and the bounded wait ran out. The
 * action may well succeed a moment later, so it is a conflict (409), not a failure.
 */
export const BUSY_ORA = [ORA.resourceBusy, 4021 /* timeout waiting to lock an object (DDL) */, ORA.waitTimedOut] as const;

/**
 * The database, its service or the app's user is not there (yet): the compose image's first
 * start, a restart, a PDB still closed, a listener without the service. Each with what a
 * presenter can do about it.
 */
export const UNAVAILABLE_ORA: Record<number, string> = {
  18: 'the database has reached its session limit',
  20: 'the database has reached its process limit',
  1017: 'it refused the user name or password: on a first start of the compose image the app user is still being created; otherwise check ORACLE_USER and ORACLE_PASSWORD',
  1033: 'it is still starting up or shutting down',
  1034: 'the instance is not running',
  1089: 'it is shutting down',
  1109: 'the database (or its pluggable database) is not open yet',
  3113: 'the connection was cut',
  3114: 'the connection is gone',
  3135: 'the connection was lost',
  12170: 'the connection attempt timed out',
  12505: 'the listener does not know the SID in ORACLE_CONNECT_STRING',
  12514: 'the listener does not know the service in ORACLE_CONNECT_STRING (yet: a database registers it a little after starting)',
  12516: 'the listener has no free handler for the service',
  12518: 'the listener could not hand off the connection',
  12519: 'the listener has no free handler for the service',
  12520: 'the listener has no handler of the type asked for',
  12521: 'the listener does not know the instance asked for',
  12526: 'the database only admits administrators (restricted mode)',
  12527: 'the database only admits administrators (restricted mode)',
  12528: 'all its instances are blocking new connections (still starting up)',
  12537: 'the listener closed the connection',
  12541: 'no listener answers at the address in ORACLE_CONNECT_STRING',
  12543: 'the database host is not reachable',
  28000: 'the app user’s account is locked',
};

/**
 * The ORA- number of a driver error: `errorNum` when the database raised it, else the number in
 * an "ORA-nnnnn" prefix of the message (a driver error wrapping one included); null for
 * anything else (NJS- driver errors included).
 */
export function oracleErrorNumber(error: unknown): number | null {
  const { errorNum, message } = (error ?? {}) as { errorNum?: unknown; message?: unknown };
  if (typeof errorNum === 'number' && errorNum > 0) return errorNum;
  const match = typeof message === 'string' ? /^ORA-(\d{5})/.exec(message) : null;
  return match ? Number(match[1]) : null;
}

export function isOracleError(error: unknown, ...numbers: readonly number[]): boolean {
  const number = oracleErrorNumber(error);
  return number !== null && numbers.includes(number);
}

const oraCode = (number: number) => `ORA-${String(number).padStart(5, '0')}`;

/** A conflict for a busy lock, with the sentence of the caller that knows what was waited for. */
export function busyConflict(sentence: string, error: unknown): AppError {
  const number = oracleErrorNumber(error);
  return new AppError('conflict', sentence, { reason: 'busy', ...(number === null ? {} : { oracleError: oraCode(number) }) });
}

/**
 * The answer for an Oracle error the HTTP layer knows: busy locks as 409, an unreachable or
 * not-yet-open database as 503, each with a sentence; null for everything else (a bug stays
 * a 500). Adapters that know what was being done throw their own AppError first.
 */
export function appErrorFromOracle(error: unknown): AppError | null {
  const number = oracleErrorNumber(error);
  if (number === null) return null;
  if ((BUSY_ORA as readonly number[]).includes(number)) {
    return busyConflict(`Oracle is busy: another session holds a lock this action needs and the wait ran out (${oraCode(number)}). Try again when the running orders or the reload have finished.`, error);
  }
  const why = UNAVAILABLE_ORA[number];
  if (why) return new AppError('unavailable', `Oracle is not available: ${why} (${oraCode(number)}).`, { oracleError: oraCode(number) });
  return null;
}
