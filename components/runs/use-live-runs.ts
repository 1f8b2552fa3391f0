'use client';

import { useCallback, useEffect, useState } from 'react';
import { adoptRuns as adopt, initialLiveRuns, reduceLive, setConnected, type LiveRuns } from '@/components/runs/live-runs-reducer';
import type { LiveEvent, RunRecord } from '@/lib/scenario-catalog';

/** Follows /api/runs/live; EventSource reconnects by itself and every connection starts with a snapshot. */
export function useLiveRuns(): LiveRuns & { adoptRuns: (runs: RunRecord[]) => void } {
  const [state, setState] = useState<LiveRuns>(initialLiveRuns);

  useEffect(() => {
    const events = new EventSource('/api/runs/live');
    events.onopen = () => setState((s) => setConnected(s, true));
    events.onerror = () => setState((s) => setConnected(s, false));
    events.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as LiveEvent;
      setState((s) => reduceLive(s, event));
    };
    return () => events.close();
  }, []);

  const adoptRuns = useCallback((runs: RunRecord[]) => setState((s) => adopt(s, runs)), []);

  return { ...state, adoptRuns };
}
