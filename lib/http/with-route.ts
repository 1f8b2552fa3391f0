import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { toErrorResponse } from '@/lib/http/to-error-response';

interface RouteOptions<Q extends z.ZodType, B extends z.ZodType> {
  query?: Q;
  body?: B;
  /** Mutating control routes require the admin token when one is configured. */
  admin?: boolean;
}

type Input<S> = S extends z.ZodType ? z.infer<S> : undefined;

type Handler<Q, B> = (input: { query: Input<Q>; body: Input<B>; request: NextRequest }) => Promise<unknown> | unknown;

function checkAdmin(request: NextRequest): void {
  const token = getConfig().ADMIN_TOKEN;
  if (!token) return;
  const offered = request.headers.get('x-admin-token') ?? request.cookies.get('admin_token')?.value;
  if (offered !== token) throw new AppError('unauthorized', 'This action needs the admin token (header x-admin-token).');
}

async function readJsonBody(request: NextRequest): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

/**
 * Every app/ route handler goes through here: input parsed with zod, typed errors mapped to
 * status codes, results sent as JSON (a Response returned by the handler passes through).
 */
export function withRoute<Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  options: RouteOptions<NonNullable<Q>, NonNullable<B>> & { query?: Q; body?: B },
  handler: Handler<Q, B>,
) {
  return async (request: NextRequest): Promise<Response> => {
    try {
      if (options.admin) checkAdmin(request);
      const query = options.query ? options.query.parse(Object.fromEntries(request.nextUrl.searchParams)) : undefined;
      const body = options.body ? options.body.parse(await readJsonBody(request)) : undefined;
      const result = await handler({ query: query as Input<Q>, body: body as Input<B>, request });
      if (result instanceof Response) return result;
      return NextResponse.json(result ?? { ok: true });
    } catch (error) {
      const { status, body } = toErrorResponse(error);
      return NextResponse.json(body, { status });
    }
  };
}
