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

function isBackendUnavailable(error: unknown): boolean {
  const text = `${(error as { code?: unknown })?.code ?? ''} ${(error as { name?: unknown })?.name ?? ''} ${describeError(error)}`;
  return unavailablePatterns.some((pattern) => pattern.test(text));
}

/** Maps anything thrown by a handler to a status and a JSON body; never leaks a stack. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
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
  if (known) return toErrorResponse(known);
  if (isBackendUnavailable(error)) {
    return { status: 503, body: { error: { code: 'unavailable', message: `Backend unavailable: ${describeError(error)}` } } };
  }
  console.error('[db-showdown] unexpected error', error);
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
}
