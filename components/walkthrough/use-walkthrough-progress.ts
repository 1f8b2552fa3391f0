'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import type { WalkthroughName } from '@/lib/walkthroughs/catalog';
import type { LookupProgress, OfferProgress } from '@/lib/walkthroughs/progress-types';

const FAST_POLL_MS = 1_000;
const SLOW_POLL_MS = 3_000;

type ProgressOf<N extends WalkthroughName> = N extends 'purchase-lookup' ? LookupProgress : OfferProgress;

/**
 * The walkthrough's progress as the server computes it from the data: every second while a job,
 * a run or a burst is going, every three otherwise. `refresh` asks again at once (after an action).
 */
export function useWalkthroughProgress<N extends WalkthroughName>(name: N) {
  const [progress, setProgress] = useState<ProgressOf<N> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pollNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      clearTimeout(timer);
      let busy = false;
      try {
        const next = await apiFetch<ProgressOf<N>>(`/api/walkthroughs/${name}`);
        busy = next.busy.lookupJob !== null || next.busy.loadRun !== null || next.busy.burst;
        if (!cancelled) {
          setProgress(next);
          setError(null);
        }
      } catch (caught) {
        if (!cancelled) setError(caught);
      } finally {
        if (!cancelled) {
          clearTimeout(timer);
          timer = setTimeout(() => void poll(), busy ? FAST_POLL_MS : SLOW_POLL_MS);
        }
      }
    };
    pollNow.current = () => void poll();
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [name]);

  const refresh = useCallback(() => pollNow.current(), []);
  return { progress, error, refresh };
}
