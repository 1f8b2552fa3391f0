'use client';

import { useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import type { GetItemLatencyReport, LatencyResolution, LatencyWindowMinutes } from '@/lib/metrics/latency-series';

const RETRY_AFTER_FAILURE_MS = 5_000;

/** Asks again after the interval the server names (60 s for CloudWatch, 1 s for the live view). */
export function useLatencyReport(windowMinutes: LatencyWindowMinutes, resolution: LatencyResolution) {
  const [report, setReport] = useState<GetItemLatencyReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      let delayMs = RETRY_AFTER_FAILURE_MS;
      try {
        const next = await apiFetch<GetItemLatencyReport>('/api/metrics/getitem', { query: { window: windowMinutes, resolution }, signal: controller.signal });
        setReport(next);
        setFailure(null);
        delayMs = next.refreshSeconds * 1000;
      } catch (error) {
        if (controller.signal.aborted) return;
        setFailure(error);
      }
      if (!controller.signal.aborted) timer = setTimeout(poll, delayMs);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [windowMinutes, resolution]);

  // A report for other settings is kept on screen only until the new one arrives.
  const current = report && report.window === windowMinutes && report.resolution === resolution ? report : null;
  return { report: current, stale: report, failure };
}
