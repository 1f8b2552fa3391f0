'use client';

import { useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import type { LookupJobKind } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

const paths: Record<LookupJobKind, string> = {
  generate: '/api/lookup/generate',
  staging: '/api/lookup/staging',
  migrate: '/api/lookup/migrate',
};

/** Starting and stopping the pipeline's jobs; a refused start is kept per job, as its ApiError. */
export function useLookupJobs(refresh: () => void) {
  const [startErrors, setStartErrors] = useState<Partial<Record<LookupJobKind, unknown>>>({});
  const [pending, setPending] = useState<LookupJobKind | null>(null);

  async function start(kind: LookupJobKind, body: unknown) {
    setPending(kind);
    setStartErrors((errors) => ({ ...errors, [kind]: undefined }));
    try {
      await apiFetch(paths[kind], { method: 'POST', body });
    } catch (error) {
      setStartErrors((errors) => ({ ...errors, [kind]: error }));
    } finally {
      setPending(null);
      refresh();
    }
  }

  async function stop() {
    await apiFetch('/api/lookup/stop', { method: 'POST' }).catch(() => undefined);
    refresh();
  }

  return { start, stop, startErrors, pending };
}
