import { describe, expect, it } from 'vitest';
import { ApiError, buildInit, errorFromBody } from '@/components/api/client-fetch';

describe('buildInit', () => {
  it('sends JSON with same-origin credentials on every POST, an empty object when there is no body', () => {
    const init = buildInit({ method: 'POST' });
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{}');
    expect(buildInit({ method: 'POST', body: { stock: 3 } }).body).toBe('{"stock":3}');
  });

  it('sends no body and no content type with GET', () => {
    const init = buildInit({});
    expect(init.method).toBe('GET');
    expect(init.body).toBeUndefined();
    expect((init.headers as Record<string, string>)['content-type']).toBeUndefined();
    expect(init.cache).toBe('no-store');
  });
});

describe('errorFromBody', () => {
  it('keeps the code, the message as detail, and the rest as details', () => {
    const error = errorFromBody(409, { error: { code: 'conflict', message: 'A run is in progress', reason: 'busy', runningId: 'r1' } });
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('conflict');
    expect(error.reason).toBe('busy');
    expect(error.status).toBe(409);
    expect(error.detail).toBe('A run is in progress');
    expect(error.details).toEqual({ reason: 'busy', runningId: 'r1' });
  });

  it('accepts the codes the safety layer adds', () => {
    for (const code of ['forbidden', 'misdirected', 'unsupported_media_type', 'payload_too_large', 'too_many_requests']) {
      expect(errorFromBody(400, { error: { code, message: 'x' } }).code).toBe(code);
    }
  });

  it('calls an unknown code or a body without error JSON a bad response', () => {
    expect(errorFromBody(502, '<html>Bad gateway</html>').code).toBe('bad_response');
    expect(errorFromBody(500, null).code).toBe('bad_response');
    expect(errorFromBody(418, { error: { code: 'teapot', message: 'short and stout' } }).code).toBe('bad_response');
    expect(errorFromBody(500, { error: { code: 'internal', message: 'boom' } }).reason).toBeUndefined();
  });
});
