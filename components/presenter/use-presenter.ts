'use client';

import { useSyncExternalStore } from 'react';

/**
 * Whether this browser may control the dashboard, from GET /api/presenter/session. One store for
 * the whole page (no provider to add to the layout): every <PresenterOnly> and the sign-in form
 * see the same answer and change together on sign-in or sign-out.
 */
export interface PresenterState {
  /** null until the server has answered. */
  canControl: boolean | null;
  tokenRequired: boolean | null;
}

type SessionAnswer = { tokenRequired: boolean; canControl: boolean };

let state: PresenterState = { canControl: null, tokenRequired: null };
const listeners = new Set<() => void>();
let loading: Promise<void> | null = null;

function set(next: PresenterState): void {
  state = next;
  for (const listener of listeners) listener();
}

async function call(method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<Response> {
  return fetch('/api/presenter/session', {
    method,
    cache: 'no-store',
    credentials: 'same-origin',
    // The server takes control requests as JSON only.
    headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function apply(answer: SessionAnswer): void {
  set({ canControl: answer.canControl, tokenRequired: answer.tokenRequired });
}

function refreshPresenter(): Promise<void> {
  loading ??= call('GET')
    .then(async (response) => {
      if (response.ok) apply((await response.json()) as SessionAnswer);
      else set({ canControl: false, tokenRequired: true });
    })
    .catch(() => set({ canControl: false, tokenRequired: state.tokenRequired }))
    .finally(() => {
      loading = null;
    });
  return loading;
}

export type SignInOutcome = 'ok' | 'wrongToken' | 'tooMany' | 'unreachable' | 'failed';

export async function signInPresenter(token: string): Promise<SignInOutcome> {
  try {
    const response = await call('POST', { token });
    if (response.ok) {
      apply((await response.json()) as SessionAnswer);
      return 'ok';
    }
    return response.status === 401 ? 'wrongToken' : response.status === 429 ? 'tooMany' : 'failed';
  } catch {
    return 'unreachable';
  }
}

export async function signOutPresenter(): Promise<void> {
  try {
    const response = await call('DELETE');
    if (response.ok) apply((await response.json()) as SessionAnswer);
  } catch {
    // the cookie stays until the server answers again
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (state.canControl === null) void refreshPresenter();
  return () => listeners.delete(listener);
}

const serverState: PresenterState = { canControl: null, tokenRequired: null };

export function usePresenter(): PresenterState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => serverState,
  );
}
