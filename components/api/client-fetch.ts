/**
 * The one way browser code calls this app's API: same-origin credentials, JSON on every body,
 * the admin token when this tab has one, no caching, and every failure as an ApiError whose
 * `code` (the server's AppErrorCode, or `network` / `bad_response`) picks the translated text.
 * Client-safe; no React in here, so it is unit-tested without a browser.
 */

/** The server's error codes (lib/http/app-error.ts), plus the two only the browser can see. */
export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'misdirected'
  | 'conflict'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'too_many_requests'
  | 'unavailable'
  | 'internal'
  /** The app server did not answer at all. */
  | 'network'
  /** It answered with an error but no error JSON we can read (a proxy page, a crash). */
  | 'bad_response';

const serverCodes = new Set<string>([
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'misdirected',
  'conflict',
  'unsupported_media_type',
  'payload_too_large',
  'too_many_requests',
  'unavailable',
  'internal',
]);

/** A failed call. `detail` is the server's English message: secondary text, never matched on. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly status: number,
    readonly detail: string,
    /** The rest of the error object, e.g. `reason: 'busy'` on a conflict, `runningId` of the run in the way. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** conflict + reason 'busy': another job or run holds the slot. */
  get reason(): string | undefined {
    return typeof this.details.reason === 'string' ? this.details.reason : undefined;
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT';
  /** Sent as JSON with POST and PUT; without one they still send `{}`, so the content type is always JSON. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
}

const TOKEN_KEY = 'db-showdown.admin-token';

/** Keeps the admin token for this tab (sessionStorage), sent as x-admin-token from then on. */
export function rememberAdminToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // private mode: the token is not kept
  }
}

function adminHeaders(): Record<string, string> {
  try {
    const token = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(TOKEN_KEY);
    return token ? { 'x-admin-token': token } : {};
  } catch {
    return {};
  }
}

function withQuery(url: string, query: ApiRequest['query']): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `${url}${url.includes('?') ? '&' : '?'}${text}` : url;
}

/** Reads `{ error: { code, message, ...details } }`; anything else becomes `bad_response`. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const { code, message, ...details } = error as Record<string, unknown>;
    const detail = typeof message === 'string' ? message : `HTTP ${status}`;
    if (typeof code === 'string' && serverCodes.has(code)) return new ApiError(code as ApiErrorCode, status, detail, details);
    return new ApiError('bad_response', status, detail, details);
  }
  return new ApiError('bad_response', status, `HTTP ${status}`);
}

/** The request as sent; exported for the unit test. */
export function buildInit(request: ApiRequest): RequestInit {
  const method = request.method ?? 'GET';
  const hasBody = method === 'POST' || method === 'PUT';
  return {
    method,
    credentials: 'same-origin',
    cache: 'no-store',
    signal: request.signal,
    headers: { accept: 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}), ...adminHeaders() },
    body: hasBody ? JSON.stringify(request.body ?? {}) : undefined,
  };
}

/** The response body as text; throws ApiError for a non-2xx answer or no answer. */
export async function apiFetchText(url: string, request: ApiRequest = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(withQuery(url, request.query), buildInit(request));
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : String(error));
  }
  const text = await response.text().catch(() => '');
  if (response.ok) return text;
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: bad_response below
  }
  throw errorFromBody(response.status, body);
}

/** The response body parsed as JSON; throws ApiError as apiFetchText does. */
export async function apiFetch<T>(url: string, request: ApiRequest = {}): Promise<T> {
  const text = await apiFetchText(url, request);
  if (text.trim() === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('bad_response', 200, 'The answer is not JSON.');
  }
}
