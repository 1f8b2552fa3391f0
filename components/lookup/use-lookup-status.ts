'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import type { LookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';

const FAST_POLL_MS = 500;
const SLOW_POLL_MS = 3_000;

/** Polls the scenario's status: fast while a job runs (progress bars), slowly otherwise. */
export function useLookupStatus() {
  const [status, setStatus] = useState<LookupDataStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pollNow = useRef<(recount: boolean) => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (recount: boolean) => {
      clearTimeout(timer);
      let active = false;
      try {
        const body = await apiFetch<LookupDataStatus>('/api/lookup/status', { query: { recount: recount ? 1 : undefined } });
        active = body.running !== null || body.relational.counting || body.dynamodb.counting;
        if (!cancelled) {
          setStatus(body);
          setError(null);
        }
      } catch (caught) {
        if (!cancelled) setError(caught);
      } finally {
        if (!cancelled) {
          clearTimeout(timer);
          timer = setTimeout(() => void poll(false), active ? FAST_POLL_MS : SLOW_POLL_MS);
        }
      }
    };
    pollNow.current = (recount) => void poll(recount);
    void poll(false);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  const refresh = useCallback((options: { recount?: boolean } = {}) => pollNow.current(options.recount ?? false), []);

  return { status, error, refresh };
}
