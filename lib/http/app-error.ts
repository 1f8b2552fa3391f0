export type AppErrorCode = 'bad_request' | 'unauthorized' | 'not_found' | 'conflict' | 'unavailable' | 'internal';

const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

/** The one error type handlers throw on purpose; its code decides the HTTP status. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return statusByCode[this.code];
  }
}

export interface ErrorBody {
  error: { code: AppErrorCode; message: string } & Record<string, unknown>;
}
