import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { NextRequest } from 'next/server';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes } from '@/lib/scenarios';

/**
 * The app's own route handlers (the app/api modules, unchanged) and its lean path served over real
 * HTTP without building Next: a request becomes a NextRequest for the handler whose pattern
 * matches, and its Response is streamed back (Server-Sent Events included).
 */
type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

export interface RouteTable {
  [pattern: string]: Partial<Record<'GET' | 'POST', RouteHandler>>;
}

function match(pattern: string, pathname: string): Record<string, string> | null {
  const names: string[] = [];
  const regex = new RegExp(`^${pattern.replace(/\[(\w+)\]/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`);
  const found = regex.exec(pathname);
  if (!found) return null;
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startRouteServer(routes: RouteTable, port = 0): Promise<{ baseUrl: string; port: number; server: Server; close(): Promise<void> }> {
  const handleLean = createLeanHandler(getLeanRoutes());
  const server = createServer((req, res) => {
    if (handleLean(req, res)) return;
    void (async () => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      for (const [pattern, methods] of Object.entries(routes)) {
        const params = match(pattern, url.pathname);
        const handler = params && methods[req.method as 'GET' | 'POST'];
        if (!params || !handler) continue;
        const abort = new AbortController();
        res.on('close', () => abort.abort());
        const raw = await readBody(req);
        const body = raw ? new Uint8Array(raw) : undefined;
        const request = new NextRequest(url, { method: req.method, headers: req.headers as Record<string, string>, body, signal: abort.signal });
        const response = await handler(request, { params: Promise.resolve(params) });
        res.writeHead(response.status, Object.fromEntries(response.headers));
        if (response.body) Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
        else res.end();
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"no route"}}');
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${actual}`,
    port: actual,
    server,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
