import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';

/**
 * The presenter's sign-in: with ADMIN_TOKEN set, control routes need either the token in the
 * x-admin-token header (the CLI, scripts) or a session cookie the sign-in route issued after the
 * token was typed once. Without ADMIN_TOKEN the server is loopback-only (lib/config refuses
 * anything else) and everyone on this machine may control it.
 */

export const SESSION_COOKIE = 'showdown_presenter';
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Wrong tokens allowed per client within the window before it gets 429. */
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 60_000;

export type Access = 'open' | 'presenter' | 'viewer';

interface AuthState {
  sessions: Map<string, number>;
  failures: Map<string, number[]>;
}

// Shared by Next's bundle and server.ts, like the backend clients.
const state = () => processSingleton<AuthState>('presenter-auth', () => ({ sessions: new Map(), failures: new Map() }));

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Compares hashes, so neither the length nor the first differing byte shows in the timing. */
function tokenMatches(offered: string): boolean {
  const token = getConfig().ADMIN_TOKEN;
  if (!token) return false;
  return timingSafeEqual(digest(offered), digest(token));
}

export function tokenRequired(): boolean {
  return Boolean(getConfig().ADMIN_TOKEN);
}

function recentFailures(client: string, now = Date.now()): number[] {
  const recent = (state().failures.get(client) ?? []).filter((at) => now - at < FAILURE_WINDOW_MS);
  if (recent.length > 0) state().failures.set(client, recent);
  else state().failures.delete(client);
  return recent;
}

/** Refuses a client that guessed wrong too often lately, before its next guess is compared. */
function assertNotRateLimited(client: string): void {
  const recent = recentFailures(client);
  if (recent.length < MAX_FAILURES) return;
  const retryAfterSeconds = Math.max(1, Math.ceil(((recent[0] ?? Date.now()) + FAILURE_WINDOW_MS - Date.now()) / 1000));
  throw new AppError('too_many_requests', `Too many wrong tokens; try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
}

function recordFailure(client: string): void {
  const recent = recentFailures(client);
  state().failures.set(client, [...recent, Date.now()]);
}

/** Checks a typed token (rate-limited) and opens a session for it. */
export function signIn(client: string, offered: string): { sessionId: string } {
  assertNotRateLimited(client);
  if (!tokenMatches(offered)) {
    recordFailure(client);
    throw new AppError('unauthorized', 'That is not the presenter token.');
  }
  const sessionId = randomBytes(32).toString('base64url');
  const sessions = state().sessions;
  const now = Date.now();
  for (const [id, expires] of sessions) if (expires <= now) sessions.delete(id);
  sessions.set(sessionId, now + SESSION_MAX_AGE_SECONDS * 1000);
  return { sessionId };
}

export function signOut(sessionId: string | undefined): void {
  if (sessionId) state().sessions.delete(sessionId);
}

function hasSession(sessionId: string | undefined): boolean {
  if (!sessionId) return false;
  const expires = state().sessions.get(sessionId);
  return expires !== undefined && expires > Date.now();
}

export interface Credentials {
  client: string;
  headerToken: string | null;
  sessionId: string | undefined;
}

/** What this request may do; a wrong header token counts as a failed attempt. */
export function accessOf(credentials: Credentials): Access {
  if (!tokenRequired()) return 'open';
  if (credentials.headerToken !== null) {
    assertNotRateLimited(credentials.client);
    if (tokenMatches(credentials.headerToken)) return 'presenter';
    recordFailure(credentials.client);
    throw new AppError('unauthorized', 'The x-admin-token header does not match the presenter token.');
  }
  return hasSession(credentials.sessionId) ? 'presenter' : 'viewer';
}

export function requirePresenter(access: Access): void {
  if (access === 'viewer') throw new AppError('unauthorized', 'Only the presenter can do this: sign in with the presenter token.');
}

export function sessionCookie(sessionId: string): string {
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_AGE_SECONDS}`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;
}
