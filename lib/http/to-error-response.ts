import { ZodError } from 'zod';
import { appErrorFromOracle } from '@/lib/db/oracle/oracle-errors';
import { appErrorFromPostgres } from '@/lib/db/postgres/postgres-errors';
import { AppError, type ErrorBody } from '@/lib/http/app-error';

// Driver errors that mean "the backend is not reachable right now" rather than a bug.
const unavailablePatterns = [
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE/,
  /Connection is closed|Stream isn't writeable|enableOfflineQueue|Command timed out|connect ETIMEDOUT|Redis is not reachable/i,
  /timeout exceeded when trying to connect|Connection terminated|the database system is (starting up|shutting down)/i,
  /NJS-5\d\d|NJS-040|NJS-076|ORA-12541|ORA-12514|ORA-03113|ORA-03114/,
  /socket hang up|TimeoutError|RequestTimeout|ServiceUnavailable|Throttling|ProvisionedThroughputExceeded|MaxRetriesPerRequestError/,
];

export function describeError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

export function isBackendUnavailable(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as { name?: unknown })?.name ?? ''} ${describeError(error)}`;
  return unavailablePatterns.some((pattern) => pattern.test(text));
}

/** PostgreSQL's lock_not_available, a statement canceled by lock_timeout, Oracle's resource busy. */
export function isLockTimeout(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  const text = describeError(error);
  return code === '55P03' || (code === '57014' && /lock timeout/i.test(text)) || /ORA-00054|ORA-30006/.test(text);
}

// A backend down under load fails every request the same way; one log line a second is enough.
let lastLogged = { text: '', at: 0 };
function logBackendDetail(kind: string, error: unknown): void {
  const text = `${kind}: ${describeError(error)}`;
  const now = Date.now();
  if (text === lastLogged.text && now - lastLogged.at < 1_000) return;
  lastLogged = { text, at: now };
  console.error(`[db-showdown] ${text}`);
}

/**
 * Maps anything thrown by a handler to a status and a JSON body; never leaks a stack. Backend
 * details (addresses, driver messages) are logged, and go into the body only when `detailed`
 * (the signed-in presenter, or a caller on this machine's own code path).
 */
export function toErrorResponse(error: unknown, options: { detailed?: boolean } = {}): { status: number; body: ErrorBody } {
  const detailed = options.detailed ?? true;
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...error.details } } };
  }
  if (error instanceof ZodError) {
    return {
      status: 400,
      body: {
        error: {
          code: 'bad_request',
          message: error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '),
        },
      },
    };
  }
  // Busy locks (409) and a database that is not open yet (503), each with a sentence.
  const known = appErrorFromOracle(error) ?? appErrorFromPostgres(error);
  if (known) return toErrorResponse(known, options);
  if (isLockTimeout(error)) {
    logBackendDetail('lock timeout', error);
    const message = 'The tables are locked by other work right now; try again when it has finished.';
    return { status: 409, body: { error: { code: 'conflict', reason: 'busy', message: detailed ? `${message} (${describeError(error)})` : message } } };
  }
  if (isBackendUnavailable(error)) {
    logBackendDetail('backend unavailable', error);
    return { status: 503, body: { error: { code: 'unavailable', message: detailed ? `Backend unavailable: ${describeError(error)}` : 'Backend unavailable.' } } };
  }
  console.error('[db-showdown] unexpected error', error);
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}
