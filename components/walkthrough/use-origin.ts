'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/** The app's address as this browser reaches it, for the terminal commands (a placeholder while rendering on the server). */
export function useOrigin(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => 'http://127.0.0.1:3000',
  );
}
