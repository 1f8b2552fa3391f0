import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { accessOf, requirePresenter, SESSION_COOKIE, type Access } from '@/lib/http/presenter-auth';
import { checkControlRequest, readLimitedText } from '@/lib/http/request-guard';
import { toErrorResponse } from '@/lib/http/to-error-response';

interface RouteOptions<Q extends z.ZodType, B extends z.ZodType> {
  query?: Q;
  body?: B;
  /** Mutating control routes need the presenter (token header or sign-in session) when a token is configured. */
  admin?: boolean;
}

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Handler<Q, B> = (input: { query: Input<Q>; body: Input<B>; request: NextRequest; access: Access }) => Promise<unknown> | unknown;

/** Who is asking, for the failed-attempt limit: the proxy header Next sets, else one shared bucket. */
export function clientKey(request: NextRequest): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
}

function requestAccess(request: NextRequest): Access {
  return accessOf({
    client: clientKey(request),
    headerToken: request.headers.get('x-admin-token'),
    sessionId: request.cookies.get(SESSION_COOKIE)?.value,
  });
}

async function readJsonBody(request: NextRequest): Promise<unknown> {
  const text = await readLimitedText(request.body);
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

function guard(request: NextRequest): void {
  const header = (name: string) => request.headers.get(name) ?? undefined;
  const refused = checkControlRequest({
    method: request.method,
    host: header('host'),
    origin: header('origin'),
    secFetchSite: header('sec-fetch-site'),
    contentType: header('content-type'),
    contentLength: header('content-length'),
  });
  if (refused) throw refused;
}

/**
 * Every app/ route handler goes through here: host, origin and media type checked
 * (lib/http/request-guard), the presenter required where it must be, input parsed with zod,
 * typed errors mapped to status codes, results sent as JSON (a Response returned by the handler
 * passes through). Backend details in an error go only to the presenter.
 */
export function withRoute<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  options: RouteOptions<NonNullable<Q>, NonNullable<B>> & { query?: Q; body?: B },
  handler: Handler<Q, B>,
) {
  return async (request: NextRequest): Promise<Response> => {
    let access: Access = 'viewer';
    try {
      guard(request);
      access = requestAccess(request);
      if (options.admin) requirePresenter(access);
      const query = options.query ? options.query.parse(Object.fromEntries(request.nextUrl.searchParams)) : undefined;
      const body = options.body ? options.body.parse(await readJsonBody(request)) : undefined;
      const result = await handler({ query: query as Input<Q>, body: body as Input<B>, request, access });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      const { status, body } = toErrorResponse(error, { detailed: access !== 'viewer' });
      const headers: Record<string, string> = {};
      if (error instanceof AppError && typeof error.details?.retryAfterSeconds === 'number') headers['retry-after'] = String(error.details.retryAfterSeconds);
      return NextResponse.json(body, { status, headers });
    }
  };
}
