'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { useFormat } from '@/i18n/use-format';
import { LocalizedError } from '@/i18n/localized-error';
import type { BurstState } from '@/lib/scenarios/limited-offer/burst';
import type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';

const POLL_MS = 250;

/** What went wrong, with a translated prefix ("Reset failed"); the error itself is translated on display. */
export interface OfferProblem {
  prefix: string;
  error: unknown;
}

export interface OfferForm {
  stock: string;
  delay: string;
  requests: string;
  concurrency: string;
}

/**
 * The offer page's state and actions: the audit, the bursts per path (one polled while it runs),
 * reset, payment delay, fire and stop. Every call goes through apiFetch.
 */
export function useOfferConsole(initialDelayMs: number) {
  const t = useTranslations('offer');
  const f = useFormat();
  const [form, setForm] = useState<OfferForm>({ stock: '3000', delay: String(initialDelayMs), requests: '3000', concurrency: '150' });
  const [appliedDelay, setAppliedDelay] = useState(initialDelayMs);
  const [audit, setAudit] = useState<OfferAudit | null>(null);
  const [bursts, setBursts] = useState<Partial<Record<OrderPath, BurstState>>>({});
  const [running, setRunning] = useState<BurstState | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<OfferProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const auditFailed = t('errors.audit');
  const auditAfterBurstFailed = t('errors.auditAfterBurst');

  const refreshAudit = useCallback(async () => {
    try {
      setAudit(await apiFetch<OfferAudit>('/api/offer/audit'));
    } catch (error) {
      setAudit(null);
      setProblem({ prefix: auditFailed, error });
    }
  }, [auditFailed]);

  /** Shows a burst's latest state; when it has ended, its audit. */
  const show = useCallback(
    (burst: BurstState) => {
      setBursts((all) => ({ ...all, [burst.path]: burst }));
      setRunning(burst.status === 'running' ? burst : null);
      if (burst.status === 'running') return;
      if (burst.audit) setAudit(burst.audit);
      else if (burst.auditError) setProblem({ prefix: auditAfterBurstFailed, error: new LocalizedError(burst.auditError) });
    },
    [auditAfterBurstFailed],
  );

  // First paint: the current audit and the last burst (one may still be running).
  const lastBurstFailed = t('errors.lastBurst');
  useEffect(() => {
    let cancelled = false;
    apiFetch<OfferAudit>('/api/offer/audit')
      .then((a) => !cancelled && setAudit(a))
      .catch((error: unknown) => !cancelled && setProblem({ prefix: auditFailed, error }));
    apiFetch<{ burst: BurstState | null }>('/api/offer/burst')
      .then(({ burst }) => !cancelled && burst && show(burst))
      .catch((error: unknown) => !cancelled && setProblem({ prefix: lastBurstFailed, error }));
    return () => {
      cancelled = true;
    };
  }, [show, auditFailed, lastBurstFailed]);

  // While a burst runs, its progress is polled.
  const runningId = running?.id;
  const lostBurst = t('errors.lostBurst');
  useEffect(() => {
    if (!runningId) return;
    let cancelled = false;
    const timer = setInterval(() => {
      apiFetch<{ burst: BurstState | null }>('/api/offer/burst')
        .then(({ burst }) => !cancelled && burst && show(burst))
        .catch((error: unknown) => {
          if (cancelled) return;
          setProblem({ prefix: lostBurst, error });
          setRunning(null);
        });
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [runningId, show, lostBurst]);

  const act = async (action: 'reset' | 'delay' | 'start' | 'stop' | 'refresh', work: () => Promise<void>) => {
    setBusy(action);
    setProblem(null);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setProblem({ prefix: t('actions.failed', { action: t(`actions.${action}`) }), error });
    } finally {
      setBusy(null);
    }
  };

  /** A whole number in range, or a LocalizedError naming the field by its label. */
  const toInteger = (text: string, field: string, min: number, max: number): number => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      throw new LocalizedError(t('validation.wholeNumber', { field, min: f.count(min), max: f.count(max) }));
    }
    return value;
  };

  const reset = () =>
    act('reset', async () => {
      const stock = toInteger(form.stock, t('validation.fields.stock'), 0, 1_000_000);
      await apiFetch('/api/offer/reset', { method: 'POST', body: { stock } });
      setNotice(t('notices.reset', { stock: f.count(stock) }));
      await refreshAudit();
    });

  const applyDelay = () =>
    act('delay', async () => {
      const value = toInteger(form.delay, t('validation.fields.delay'), 0, 10_000);
      const saved = await apiFetch<{ paymentDelayMs: number }>('/api/offer/settings', { method: 'POST', body: { paymentDelayMs: value } });
      setAppliedDelay(saved.paymentDelayMs);
      setNotice(t('notices.delay', { ms: f.count(saved.paymentDelayMs) }));
    });

  const fire = (path: OrderPath) =>
    act('start', async () => {
      const body = { path, requests: toInteger(form.requests, t('validation.fields.orders'), 1, 10_000), concurrency: toInteger(form.concurrency, t('validation.fields.atOnce'), 1, 150) };
      const { burst } = await apiFetch<{ burst: BurstState }>('/api/offer/burst', { method: 'POST', body });
      show(burst);
    });

  const stop = () => act('stop', async () => void (await apiFetch('/api/offer/burst', { method: 'DELETE' })));
  const refresh = () => act('refresh', refreshAudit);

  const setField = (field: keyof OfferForm) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  return { form, setField, appliedDelay, audit, bursts, running, busy, problem, notice, reset, applyDelay, fire, stop, refresh };
}
