import { describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { isLockTimeout, toErrorResponse } from '@/lib/http/to-error-response';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('toErrorResponse', () => {
  it('answers PostgreSQL lock timeouts with 409 busy and a sentence, not 500', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const error of [pgError('55P03', 'canceling statement due to lock timeout'), pgError('57014', 'canceling statement due to lock timeout')]) {
      expect(isLockTimeout(error)).toBe(true);
      const { status, body } = toErrorResponse(error, { detailed: false });
      expect(status).toBe(409);
      expect(body.error).toMatchObject({ code: 'conflict', reason: 'busy' });
      // A sentence that says what to do, whichever mapping (55P03 or a cancelled lock wait) answered it.
      expect(body.error.message).toMatch(/lock.*(try again|Try again)/i);
    }
    // A statement canceled for another reason is not a lock wait.
    expect(isLockTimeout(pgError('57014', 'canceling statement due to statement timeout'))).toBe(false);
  });

  it('names only the category to a viewer and the backend detail to the presenter', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const down = pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:15432');
    expect(toErrorResponse(down, { detailed: false }).body.error).toEqual({ code: 'unavailable', message: 'Backend unavailable.' });
    expect(toErrorResponse(down, { detailed: true }).body.error.message).toBe('Backend unavailable: connect ECONNREFUSED 127.0.0.1:15432');
  });

  it('maps the new codes to their statuses', () => {
    const statuses = (['forbidden', 'misdirected', 'unsupported_media_type', 'payload_too_large', 'too_many_requests'] as const).map(
      (code) => toErrorResponse(new AppError(code, code)).status,
    );
    expect(statuses).toEqual([403, 421, 415, 413, 429]);
  });
});
