'use client';

/** The control calls the walkthrough steps make: the same routes as the scenario pages and the CLI. */
import { apiFetch } from '@/components/api/client-fetch';
import type { RunSettings } from '@/lib/load/run-types';
import type { RunRecord, TargetId } from '@/lib/scenario-catalog';

type SettingsInput = Partial<Omit<RunSettings, 'model'>> & { model: RunSettings['model'] };

export function startLoadRun(targetId: TargetId, settings: SettingsInput) {
  return apiFetch<{ run: RunRecord }>('/api/runs', { method: 'POST', body: { targetId, settings } });
}

export function startLookupJob(kind: 'generate' | 'staging' | 'migrate', body: object) {
  return apiFetch<unknown>(`/api/lookup/${kind}`, { method: 'POST', body });
}

export function resetOffer(stock: number) {
  return apiFetch<{ initialStock: number; resetAt: string }>('/api/offer/reset', { method: 'POST', body: { stock } });
}

export function startBurst(path: 'legacy' | 'redis' | 'naive', requests: number, concurrency: number) {
  return apiFetch<unknown>('/api/offer/burst', { method: 'POST', body: { path, requests, concurrency } });
}
