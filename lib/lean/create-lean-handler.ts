import 'server-only';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkHost } from '@/lib/http/request-guard';
import { toErrorResponse } from '@/lib/http/to-error-response';
import type { LeanResponse, LeanRoute } from '@/lib/lean/lean-route';

function send(res: ServerResponse, { status, body }: LeanResponse): void {
  const isText = typeof body === 'string';
  const payload = isText ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  res.end(payload);
}

/**
 * Returns a request listener that answers the workload routes and reports whether it did, so the
 * caller hands every other request to Next.
 */
export function createLeanHandler(routes: readonly LeanRoute[]) {
  const byPath = new Map<string, LeanRoute[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);

  return function handleLean(req: IncomingMessage, res: ServerResponse): boolean {
    const rawUrl = req.url ?? '/';
    const queryStart = rawUrl.indexOf('?');
    const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
    const candidates = byPath.get(path);
    if (!candidates) return false;
    // Open to ab and Gatling, but not to a page that reached us under another name.
    const misdirected = checkHost(req.headers.host);
    if (misdirected) {
      send(res, toErrorResponse(misdirected));
      req.resume();
      return true;
    }

    const route = candidates.find((candidate) => candidate.method === req.method);
    if (!route) {
      res.setHeader('allow', candidates.map((c) => c.method).join(', '));
      send(res, { status: 405, body: { error: { code: 'bad_request', message: `Use ${candidates.map((c) => c.method).join(' or ')}` } } });
      req.resume();
      return true;
    }
    // Workload routes take their input from the query string only; Node's server discards an
    // unread body itself when the response ends, so nothing is read here.
    const query = new URLSearchParams(queryStart === -1 ? '' : rawUrl.slice(queryStart + 1));
    let answer: LeanResponse | Promise<LeanResponse>;
    try {
      answer = route.handle(query);
    } catch (error) {
      send(res, toErrorResponse(error, { detailed: false }));
      return true;
    }
    // A synchronous answer goes out at once; an asynchronous one costs a single promise hop.
    // Anyone may call these routes, so an error names its category; the detail is logged.
    if (answer instanceof Promise) answer.then((response) => send(res, response), (error: unknown) => send(res, toErrorResponse(error, { detailed: false })));
    else send(res, answer);
    return true;
  };
}
