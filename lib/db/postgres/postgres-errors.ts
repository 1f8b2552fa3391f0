import { AppError } from '@/lib/http/app-error';

/** SQLSTATEs the adapters handle on purpose. */
export const SQLSTATE = {
  /** lock_not_available: lock_timeout ran out (or NOWAIT). */
  lockNotAvailable: '55P03',
  /** undefined_table. */
  undefinedTable: '42P01',
} as const;

function postgresErrorCode(error: unknown): string | null {
  const { code } = (error ?? {}) as { code?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

export function isPostgresError(error: unknown, ...codes: readonly string[]): boolean {
  const code = postgresErrorCode(error);
  return code !== null && codes.includes(code);
}

/** A conflict for a busy lock, with the sentence of the caller that knows what was waited for. */
export function postgresBusyConflict(sentence: string): AppError {
  return new AppError('conflict', sentence, { reason: 'busy', sqlState: SQLSTATE.lockNotAvailable });
}

/** The answer for a PostgreSQL error the HTTP layer knows (a lock wait that ran out: 409); null otherwise. */
export function appErrorFromPostgres(error: unknown): AppError | null {
  if (!isPostgresError(error, SQLSTATE.lockNotAvailable)) return null;
  return postgresBusyConflict('PostgreSQL is busy: another session holds a lock this action needs and the wait ran out (55P03). Try again when the running orders or the reload have finished.');
}
