'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { SweepForm } from '@/components/sweeps/sweep-form';
import { SweepHistory } from '@/components/sweeps/sweep-history';
import { SweepView } from '@/components/sweeps/sweep-view';
import type { SweepListItem, SweepRecord } from '@/lib/load/sweeps/sweep-types';

/** While a sweep runs its record is read again this often (a level is at least a second). */
const POLL_MS = 1_000;

/** The sweep page: the form, the sweep going now (or the one picked from the history), the history. */
export function SweepConsole() {
  const t = useTranslations('sweep');
  const [sweeps, setSweeps] = useState<SweepListItem[] | null>(null);
  const [shown, setShown] = useState<SweepRecord | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refreshList = useCallback(async () => {
    try {
      const { sweeps: list } = await apiFetch<{ sweeps: SweepListItem[] }>('/api/sweeps');
      setSweeps(list);
      return list;
    } catch (caught) {
      setError(caught);
      return [];
    }
  }, []);

  const show = useCallback(async (id: string) => {
    try {
      setShown(await apiFetch<SweepRecord>(`/api/sweeps/${id}`));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  // On arrival: the history, and the sweep going now (or the latest) in view.
  useEffect(() => {
    let cancelled = false;
    apiFetch<{ sweeps: SweepListItem[] }>('/api/sweeps')
      .then(async ({ sweeps: list }) => {
        if (cancelled) return;
        setSweeps(list);
        const first = list.find((item) => item.status === 'running') ?? list[0];
        if (first) {
          const sweep = await apiFetch<SweepRecord>(`/api/sweeps/${first.id}`);
          if (!cancelled) setShown(sweep);
        }
      })
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, []);

  const runningId = shown?.status === 'running' ? shown.id : null;
  useEffect(() => {
    if (!runningId) return;
    const timer = setInterval(() => {
      void apiFetch<SweepRecord>(`/api/sweeps/${runningId}`)
        .then((sweep) => {
          setShown(sweep);
          if (sweep.status !== 'running') void refreshList();
        })
        .catch(setError);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [runningId, refreshList]);

  const start = async (body: unknown) => {
    setError(null);
    try {
      const { sweep } = await apiFetch<{ sweep: SweepRecord }>('/api/sweeps', { method: 'POST', body });
      setShown(sweep);
      void refreshList();
    } catch (caught) {
      setError(caught);
    }
  };

  const cancel = async () => {
    if (!runningId) return;
    try {
      await apiFetch(`/api/sweeps/${runningId}/cancel`, { method: 'POST' });
    } catch (caught) {
      setError(caught);
    }
  };

  const busy = sweeps?.some((item) => item.status === 'running') ?? false;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-4xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-5xl text-lg text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </header>
      <section aria-labelledby="sweep-form-title" className="rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900">
        <h2 id="sweep-form-title" className="mb-3 text-2xl font-semibold">
          {t('form.title')}
        </h2>
        <SweepForm busy={busy || runningId !== null} onStart={start} />
      </section>
      {error !== null && <ErrorNote error={error} prefix={t('failed')} testId="sweep-error" />}
      {shown && <SweepView sweep={shown} onCancel={() => void cancel()} />}
      <SweepHistory sweeps={sweeps} shownId={shown?.id ?? null} onShow={(id) => void show(id)} />
    </div>
  );
}
