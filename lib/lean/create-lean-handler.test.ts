import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { json, text, type LeanRoute } from '@/lib/lean/lean-route';

const routes: LeanRoute[] = [
  { method: 'GET', path: '/sync', handle: (query) => json({ echo: query.get('q') }) },
  { method: 'GET', path: '/async', handle: async () => text('       later') },
  { method: 'POST', path: '/post', handle: () => json({ ok: true }) },
  { method: 'GET', path: '/throws', handle: () => { throw new AppError('bad_request', 'no such thing'); } },
  { method: 'GET', path: '/rejects', handle: async () => { throw new AppError('not_found', 'gone'); } },
];

let server: Server;
let base: string;

beforeAll(async () => {
  const handle = createLeanHandler(routes);
  server = createServer((req, res) => {
    if (!handle(req, res)) res.writeHead(418).end('next');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createLeanHandler', () => {
  it('answers a synchronous route with JSON and its query', async () => {
    const response = await fetch(`${base}/sync?q=hello`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ echo: 'hello' });
  });

  it('answers an asynchronous route with text as it is', async () => {
    const response = await fetch(`${base}/async`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe('       later');
  });

  it('maps a thrown or rejected AppError to its status as JSON', async () => {
    const thrown = await fetch(`${base}/throws`);
    expect(thrown.status).toBe(400);
    expect(await thrown.json()).toEqual({ error: { code: 'bad_request', message: 'no such thing' } });
    const rejected = await fetch(`${base}/rejects`);
    expect(rejected.status).toBe(404);
  });

  it('answers another method with 405 and Allow, and leaves unknown paths to the next handler', async () => {
    const post = await fetch(`${base}/sync`, { method: 'POST', body: 'ignored' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    const other = await fetch(`${base}/elsewhere`);
    expect(other.status).toBe(418);
    expect(await other.text()).toBe('next');
  });

  it('keeps a connection usable after a request whose body it never read', async () => {
    const withBody = await fetch(`${base}/post`, { method: 'POST', body: 'x'.repeat(256 * 1024) });
    expect(await withBody.json()).toEqual({ ok: true });
    const again = await fetch(`${base}/sync?q=b`);
    expect(await again.json()).toEqual({ echo: 'b' });
  });
});
