'use client';

/** The page's calls to /api/runs, with the admin token (when the server wants one) from this tab's session. */

export interface ApiError {
  status: number;
  message: string;
  runningId?: string;
}

const TOKEN_KEY = 'db-showdown.admin-token';

export function rememberAdminToken(token: string): void {
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // private mode: the token lasts for this call only
  }
}

function adminHeaders(): Record<string, string> {
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    return token ? { 'x-admin-token': token } : {};
  } catch {
    return {};
  }
}

export async function callApi<T>(url: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  try {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      // Every control POST is JSON: the server refuses other types (no cross-site form posts).
      headers: { ...(init.method === 'POST' ? { 'content-type': 'application/json' } : {}), ...adminHeaders() },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      cache: 'no-store',
    });
    const payload = (await response.json().catch(() => null)) as ({ error?: { message?: string; runningId?: string } } & T) | null;
    if (!response.ok) {
      return {
        ok: false,
        error: { status: response.status, message: payload?.error?.message ?? `The server answered ${response.status}.`, runningId: payload?.error?.runningId },
      };
    }
    return { ok: true, data: payload as T };
  } catch (error) {
    return { ok: false, error: { status: 0, message: `The app server is not answering (${error instanceof Error ? error.message : String(error)}).` } };
  }
}
