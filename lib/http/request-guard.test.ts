import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { checkControlRequest, checkHost, hostNameOf, MAX_BODY_BYTES, readLimitedText, type GuardHeaders } from '@/lib/http/request-guard';

const post = (headers: Partial<GuardHeaders>): GuardHeaders => ({
  method: 'POST',
  host: '127.0.0.1:3000',
  origin: undefined,
  secFetchSite: undefined,
  contentType: 'application/json',
  contentLength: '20',
  ...headers,
});

afterEach(() => resetConfigForTests());

describe('request guard', () => {
  it('reads the host name without its port, IPv6 included', () => {
    expect(hostNameOf('[::1]:3000')).toBe('::1');
    expect(hostNameOf('Evil.Example:3000')).toBe('evil.example');
    expect(hostNameOf('localhost')).toBe('localhost');
  });

  it('answers loopback names and refuses a foreign Host with 421', () => {
    for (const host of ['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', '127.0.0.2']) expect(checkHost(host)).toBeNull();
    expect(checkHost('evil.example:3000')?.status).toBe(421);
    expect(checkHost(undefined)).toBeNull();
  });

  it('refuses a cross-origin or cross-site control request with 403, before its body type', () => {
    expect(checkControlRequest(post({ origin: 'http://evil.example', contentType: 'text/plain' }))?.status).toBe(403);
    expect(checkControlRequest(post({ secFetchSite: 'cross-site' }))?.status).toBe(403);
    // Another port on localhost is the same site but not the same origin.
    expect(checkControlRequest(post({ secFetchSite: 'same-site' }))?.status).toBe(403);
    expect(checkControlRequest(post({ origin: 'http://127.0.0.1:5173' }))?.status).toBe(403);
    expect(checkControlRequest(post({ origin: 'null' }))?.status).toBe(403);
    expect(checkControlRequest(post({ origin: 'http://127.0.0.1:3000', secFetchSite: 'same-origin' }))).toBeNull();
  });

  it('passes a client with neither header (curl, the CLI) and checks its media type and size', () => {
    expect(checkControlRequest(post({}))).toBeNull();
    expect(checkControlRequest(post({ contentType: 'application/json; charset=utf-8' }))).toBeNull();
    expect(checkControlRequest(post({ contentType: 'application/x-www-form-urlencoded' }))?.status).toBe(415);
    expect(checkControlRequest(post({ contentType: undefined }))?.status).toBe(415);
    expect(checkControlRequest(post({ contentLength: String(MAX_BODY_BYTES + 1) }))?.status).toBe(413);
  });

  it('leaves GETs to the Host check alone', () => {
    expect(checkControlRequest(post({ method: 'GET', origin: 'http://evil.example', contentType: undefined }))).toBeNull();
    expect(checkControlRequest(post({ method: 'GET', host: 'evil.example' }))?.status).toBe(421);
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const chunk = new Uint8Array(16 * 1024);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    await expect(readLimitedText(endless)).rejects.toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(10);
    expect(await readLimitedText(new Response('{"a":1}').body)).toBe('{"a":1}');
  });
});
