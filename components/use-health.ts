'use client';

import { useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';

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
export function useHealth(intervalMs: number): { backends: BackendHealth[] | null; failure: unknown } {
  const [backends, setBackends] = useState<BackendHealth[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const body = await apiFetch<{ backends: BackendHealth[] }>('/api/health');
        if (!cancelled) {
          setBackends(body.backends);
          setFailure(null);
        }
      } catch (error) {
        if (!cancelled) setFailure(error);
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
