import { request as httpRequest } from 'node:http';
import { NextRequest } from 'next/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getSession, POST as postSignIn, DELETE as deleteSession } from '@/app/api/presenter/session/route';
import { POST as postReset } from '@/app/api/offer/reset/route';
import { GET as getSettings, POST as postSettings } from '@/app/api/offer/settings/route';
import { resetConfigForTests } from '@/lib/config';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { startLeanServer } from './support/http-load';

/*
 * The request guard on real route handlers (Next's app/api modules, called as Next calls them)
 * and on the lean path over HTTP: who may change what, from where, with which body.
 */

const ORIGIN = 'http://127.0.0.1:3000';
const settingsUrl = `${ORIGIN}/api/offer/settings`;

function control(url: string, init: { body?: BodyInit; headers?: Record<string, string>; method?: string } = {}): NextRequest {
  return new NextRequest(url, {
    method: init.method ?? 'POST',
    body: init.body,
    headers: { host: '127.0.0.1:3000', ...init.headers },
    // A streamed body needs this in Node's fetch.
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

const json = (paymentDelayMs: number) => JSON.stringify({ paymentDelayMs });

let initialDelay: number;
beforeAll(() => {
  initialDelay = getOfferSettings().paymentDelayMs;
});
afterAll(() => {
  updateOfferSettings({ paymentDelayMs: initialDelay });
});

describe('cross-site control', () => {
  it("refuses the issue's cross-origin text/plain POST with 403 and leaves the setting unchanged", async () => {
    const before = getOfferSettings().paymentDelayMs;
    const response = await postSettings(
      control(settingsUrl, { body: json(before + 1), headers: { origin: 'http://evil.example', 'content-type': 'text/plain' } }),
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect(getOfferSettings().paymentDelayMs).toBe(before);
  });

  it('refuses a cross-site fetch that only says Sec-Fetch-Site, and one from another port on localhost', async () => {
    const before = getOfferSettings().paymentDelayMs;
    for (const headers of [{ 'sec-fetch-site': 'cross-site' } as Record<string, string>, { origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-site' }]) {
      const response = await postSettings(control(settingsUrl, { body: json(before + 1), headers: { 'content-type': 'application/json', ...headers } }));
      expect(response.status).toBe(403);
    }
    expect(getOfferSettings().paymentDelayMs).toBe(before);
  });

  it('answers a same-origin JSON POST from the page and a header-less one from curl', async () => {
    const before = getOfferSettings().paymentDelayMs;
    const page = await postSettings(
      control(settingsUrl, { body: json(before + 1), headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' } }),
    );
    expect(page.status).toBe(200);
    expect(getOfferSettings().paymentDelayMs).toBe(before + 1);
    const cli = await postSettings(control(settingsUrl, { body: json(before), headers: { 'content-type': 'application/json' } }));
    expect(cli.status).toBe(200);
    expect(getOfferSettings().paymentDelayMs).toBe(before);
  });

  it('refuses a form-encoded body with 415', async () => {
    const response = await postSettings(
      control(settingsUrl, { body: 'paymentDelayMs=31', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  it('refuses a 1 MB body with 413, by its length and when it comes chunked without one', async () => {
    const big = JSON.stringify({ stock: 1, padding: 'x'.repeat(1024 * 1024) });
    const declared = await postReset(control(`${ORIGIN}/api/offer/reset`, { body: big, headers: { 'content-type': 'application/json', 'content-length': String(big.length) } }));
    expect(declared.status).toBe(413);
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 16) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await postReset(control(`${ORIGIN}/api/offer/reset`, { body: chunked, headers: { 'content-type': 'application/json' } }));
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    // It stopped reading soon after the limit, not at the end of the megabyte.
    expect(sent).toBeLessThan(8);
  });
});

describe('foreign Host (DNS rebinding)', () => {
  it('answers 421 on a Next route', async () => {
    const response = await getSettings(new NextRequest(settingsUrl, { headers: { host: 'evil.example:3000' } }));
    expect(response.status).toBe(421);
    expect(await response.json()).toMatchObject({ error: { code: 'misdirected' } });
    const ok = await getSettings(new NextRequest(settingsUrl, { headers: { host: 'localhost:3000' } }));
    expect(ok.status).toBe(200);
  });

  it('answers 421 on the lean path, which stays open for ab with a loopback Host', async () => {
    const lean = await startLeanServer();
    try {
      const port = Number(new URL(lean.baseUrl).port);
      const get = (host: string) =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/api/ping', headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          });
          req.on('error', reject);
          req.end();
        });
      expect(await get(`evil.example:${port}`)).toBe(421);
      expect(await get(`127.0.0.1:${port}`)).toBe(200);
    } finally {
      await lean.close();
    }
  });
});

describe('presenter sign-in with ADMIN_TOKEN', () => {
  const token = 'presenter-secret-for-tests';
  const saved = process.env.ADMIN_TOKEN;
  beforeAll(() => {
    process.env.ADMIN_TOKEN = token;
    resetConfigForTests();
  });
  afterEach(() => undefined);
  afterAll(() => {
    if (saved === undefined) delete process.env.ADMIN_TOKEN;
    else process.env.ADMIN_TOKEN = saved;
    resetConfigForTests();
  });

  const signIn = (offered: string, client: string) =>
    postSignIn(control(`${ORIGIN}/api/presenter/session`, { body: JSON.stringify({ token: offered }), headers: { 'content-type': 'application/json', 'x-forwarded-for': client } }));

  it('gives a viewer 401 and read-only status, and the presenter a session cookie that controls', async () => {
    const before = getOfferSettings().paymentDelayMs;
    const viewer = await postSettings(control(settingsUrl, { body: json(before + 1), headers: { 'content-type': 'application/json' } }));
    expect(viewer.status).toBe(401);
    expect(getOfferSettings().paymentDelayMs).toBe(before);
    const viewerSession = await getSession(new NextRequest(`${ORIGIN}/api/presenter/session`, { headers: { host: '127.0.0.1:3000' } }));
    expect(await viewerSession.json()).toEqual({ tokenRequired: true, canControl: false });

    const signedIn = await signIn(token, '10.0.0.1');
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^showdown_presenter=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const session = cookie.split(';')[0]!;

    const presenter = await postSettings(control(settingsUrl, { body: json(before + 1), headers: { 'content-type': 'application/json', cookie: session } }));
    expect(presenter.status).toBe(200);
    expect(getOfferSettings().paymentDelayMs).toBe(before + 1);
    const status = await getSession(new NextRequest(`${ORIGIN}/api/presenter/session`, { headers: { host: '127.0.0.1:3000', cookie: session } }));
    expect(await status.json()).toEqual({ tokenRequired: true, canControl: true });

    const signedOut = await deleteSession(control(`${ORIGIN}/api/presenter/session`, { method: 'DELETE', headers: { 'content-type': 'application/json', cookie: session } }));
    expect(signedOut.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    const after = await postSettings(control(settingsUrl, { body: json(before), headers: { 'content-type': 'application/json', cookie: session } }));
    expect(after.status).toBe(401);
  });

  it('accepts the token in x-admin-token (the CLI) and limits wrong guesses with 429', async () => {
    const before = getOfferSettings().paymentDelayMs;
    const cli = await postSettings(control(settingsUrl, { body: json(before), headers: { 'content-type': 'application/json', 'x-admin-token': token } }));
    expect(cli.status).toBe(200);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) statuses.push((await signIn(`wrong-${attempt}`, '10.0.0.2')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right token waits out the limit from that client; another client is not affected.
    expect((await signIn(token, '10.0.0.2')).status).toBe(429);
    expect((await signIn(token, '10.0.0.3')).status).toBe(200);
  });
});
