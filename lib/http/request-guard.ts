import 'server-only';
import { networkInterfaces } from 'node:os';
import { getConfig, isLoopbackHost, type AppConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';

/**
 * The request checks shared by Next's route handlers (with-route), the lean path and server.ts,
 * so a page, a control route and a workload route can never disagree about who may reach them.
 */

/** Control bodies are a few hundred bytes; anything bigger is refused before it is read. */
export const MAX_BODY_BYTES = 64 * 1024;

/** The headers a check reads, whether they come from Node's IncomingMessage or a fetch Request. */
export interface GuardHeaders {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  contentType: string | undefined;
  contentLength: string | undefined;
}

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]']);

let allowedFor: { config: AppConfig; names: Set<string> } | undefined;

function allowedHostNames(): Set<string> {
  const config = getConfig();
  if (allowedFor?.config === config) return allowedFor.names;
  const names = new Set(['localhost', '127.0.0.1', '::1', ...config.ALLOWED_HOSTS.map(stripBrackets)]);
  const host = stripBrackets(config.HOST.toLowerCase());
  if (WILDCARD_HOSTS.has(config.HOST)) {
    // Bound to every interface: viewers come in on this machine's own addresses. An IP literal
    // cannot be rebound to another server, so these are safe to accept.
    for (const addresses of Object.values(networkInterfaces())) for (const address of addresses ?? []) names.add(address.address.toLowerCase());
  } else {
    names.add(host);
  }
  allowedFor = { config, names };
  return names;
}

function stripBrackets(name: string): string {
  return name.startsWith('[') && name.endsWith(']') ? name.slice(1, -1) : name;
}

/** The host name of a Host header, without its port: `[::1]:3000` → `::1`, `a.example:80` → `a.example`. */
export function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'));
  const colon = value.indexOf(':');
  return colon === -1 ? value : value.slice(0, colon);
}

/**
 * A Host this server does not go by means a page on another name (DNS rebinding) is talking to
 * us: 421, for every route. A request without Host (HTTP/1.0 tools) is no browser and passes.
 */
export function checkHost(host: string | undefined): AppError | null {
  if (host === undefined || host === '') return null;
  const name = hostNameOf(host);
  if (allowedHostNames().has(name) || isLoopbackHost(name)) return null;
  return new AppError('misdirected', `This server does not answer to the host name "${name}". Add it to ALLOWED_HOSTS if it is yours.`);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isMutating(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * A browser tells where a request comes from (Origin, Sec-Fetch-Site); a control request from
 * any other site is refused. A request with neither header is a non-browser client (the CLI,
 * curl), which the admin token gates instead.
 */
function checkSameOrigin(headers: GuardHeaders): AppError | null {
  const site = headers.secFetchSite?.toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return new AppError('forbidden', 'Control requests from another site are refused.');
  }
  if (headers.origin !== undefined) {
    let originHost: string | null = null;
    try {
      originHost = headers.origin === 'null' ? null : new URL(headers.origin).host.toLowerCase();
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== headers.host?.trim().toLowerCase()) {
      return new AppError('forbidden', 'Control requests from another origin are refused.');
    }
  }
  return null;
}

/** Control requests carry JSON: a form or text/plain body (which needs no CORS preflight) is refused. */
function checkJson(headers: GuardHeaders): AppError | null {
  const type = headers.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return null;
  return new AppError('unsupported_media_type', 'Control requests must be sent as application/json.');
}

function checkDeclaredLength(headers: GuardHeaders): AppError | null {
  const length = Number(headers.contentLength ?? 0);
  return Number.isFinite(length) && length > MAX_BODY_BYTES ? tooLarge() : null;
}

function tooLarge(): AppError {
  return new AppError('payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KB.`);
}

/** Every check for a control route (Next's app/api handlers), in the order a client would fix them. */
export function checkControlRequest(headers: GuardHeaders): AppError | null {
  const misdirected = checkHost(headers.host);
  if (misdirected || !isMutating(headers.method)) return misdirected;
  return checkSameOrigin(headers) ?? checkDeclaredLength(headers) ?? checkJson(headers);
}

/** Reads a body up to MAX_BODY_BYTES, stopping (413) as soon as a chunked one goes past it. */
export async function readLimitedText(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
