import { describe, expect, it } from 'vitest';
import { ApiError, errorFromBody } from '@/components/api/client-fetch';
import { errorSaying } from '@/i18n/error-key';
import { loadMessages } from '@/i18n/load-messages';
import { LocalizedError } from '@/i18n/localized-error';

describe('errorSaying', () => {
  it('picks the message by code and keeps the server words as detail', () => {
    expect(errorSaying(errorFromBody(400, { error: { code: 'bad_request', message: 'purchaseId: expected a number' } }))).toEqual({
      key: 'bad_request',
      status: 400,
      detail: 'purchaseId: expected a number',
    });
  });

  it('says busy for a conflict whose reason is busy, conflict otherwise, whatever the message', () => {
    expect(errorSaying(errorFromBody(409, { error: { code: 'conflict', message: 'anything at all', reason: 'busy' } }))).toMatchObject({ key: 'busy' });
    expect(errorSaying(errorFromBody(409, { error: { code: 'conflict', message: 'A job is busy' } }))).toMatchObject({ key: 'conflict' });
  });

  it('drops details that say nothing: the browser network text, a bare status', () => {
    expect(errorSaying(new ApiError('network', 0, 'Failed to fetch'))).toEqual({ key: 'network', status: 0, detail: undefined });
    expect(errorSaying(errorFromBody(502, '<html>'))).toEqual({ key: 'bad_response', status: 502, detail: undefined });
  });

  it('passes translated text through and calls anything else unexpected', () => {
    expect(errorSaying(new LocalizedError('재고 값은 정수여야 합니다.'))).toEqual({ text: '재고 값은 정수여야 합니다.' });
    expect(errorSaying(new TypeError('x is undefined'))).toEqual({ key: 'unexpected', status: 0, detail: 'x is undefined' });
  });

  it('has a message in every locale for every key it can pick', () => {
    const keys = ['bad_request', 'unauthorized', 'forbidden', 'not_found', 'misdirected', 'conflict', 'busy', 'unsupported_media_type', 'payload_too_large', 'too_many_requests', 'unavailable', 'internal', 'network', 'bad_response', 'unexpected'];
    for (const locale of ['en', 'ko'] as const) {
      const errors = loadMessages(locale).errors as Record<string, string>;
      expect(Object.keys(errors).sort()).toEqual([...keys].sort());
    }
  });
});
