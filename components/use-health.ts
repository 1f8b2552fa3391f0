'use client';

import { useEffect, useState } from 'react';

export interface BackendHealth {
  backend: 'relational' | 'dynamodb' | 'redis';
  ok: boolean;
  pingMs: number;
  engine?: string;
  version?: string;
  address?: string;
  error?: string;
}

/** Polls /api/health; `failure` is set while the app server itself does not answer. */
export function useHealth(intervalMs: number): { backends: BackendHealth[] | null; failure: string | null } {
  const [backends, setBackends] = useState<BackendHealth[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        const body = (await response.json()) as { backends: BackendHealth[] };
        if (!cancelled) {
          setBackends(body.backends);
          setFailure(null);
        }
      } catch (error) {
        if (!cancelled) setFailure(error instanceof Error ? error.message : 'The app server is not answering');
      } finally {
        if (!cancelled) timer = setTimeout(poll, intervalMs);
      }
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [intervalMs]);

  return { backends, failure };
}
