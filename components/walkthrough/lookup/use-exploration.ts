'use client';

import { useEffect, useRef, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import type { PurchaseExploration } from '@/lib/scenarios/purchase-lookup/explore-purchase';

/**
 * One purchase three ways (joined rows, staging row, DynamoDB item) from GET /api/lookup/explore:
 * a random one at first, then the same one again whenever `version` changes (staging built,
 * migration done), so the attendee follows one purchase through the steps. `another` picks a new one.
 */
export function useExploration(enabled: boolean, version: string) {
  const [view, setView] = useState<PurchaseExploration | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pick, setPick] = useState(0);
  const key = useRef<PurchaseExploration['key'] | null>(null);
  const lastPick = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const fresh = pick !== lastPick.current;
    lastPick.current = pick;
    const query = key.current && !fresh ? { customerId: key.current.customerId, purchaseId: key.current.purchaseId } : undefined;
    apiFetch<PurchaseExploration>('/api/lookup/explore', { query }).then(
      (next) => {
        if (cancelled) return;
        key.current = next.key;
        setView(next);
        setError(null);
      },
      (caught: unknown) => {
        if (!cancelled) setError(caught);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, version, pick]);

  return { view, error, another: () => setPick((n) => n + 1) };
}
