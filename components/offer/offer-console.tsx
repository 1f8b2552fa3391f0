'use client';

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { AuditPanel } from '@/components/offer/audit-panel';
import type { BurstState } from '@/lib/scenarios/limited-offer/burst';
import type { OfferAudit } from '@/lib/scenarios/limited-offer/compute-audit';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';

interface PathInfo {
  path: OrderPath;
  title: string;
  subtitle: string;
  accent: string;
  button: string;
  warning?: string;
}

const paths: PathInfo[] = [
  {
    path: 'legacy',
    title: 'Legacy: hot row',
    subtitle: 'SELECT … FOR UPDATE, decrement, history, payment, COMMIT — one order at a time',
    accent: 'border-legacy',
    button: 'bg-amber-600 hover:bg-amber-700',
  },
  {
    path: 'redis',
    title: 'Redis: atomic take-one',
    subtitle: 'One Lua script checks and decrements; the history row follows, no lock held',
    accent: 'border-modern',
    button: 'bg-blue-600 hover:bg-blue-700',
  },
  {
    path: 'naive',
    title: 'Redis: naive (kept on purpose)',
    subtitle: "The workshop's GET, then DECR in a second round trip",
    accent: 'border-rose-500',
    button: 'bg-rose-600 hover:bg-rose-700',
    warning: 'Oversells: orders arriving together read the same stock. Shows best with many orders at once for little stock (e.g. stock 100, 150 at once).',
  },
];

const POLL_MS = 250;

/** fetch + JSON, turning error bodies and a dead server into readable messages. */
async function callJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  } catch {
    throw new Error('The app server is not answering.');
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body as T;
}

function NumberField(props: { id: string; label: string; value: string; onChange: (v: string) => void; min: number; max: number; suffix?: string }) {
  return (
    <label htmlFor={props.id} className="flex flex-col gap-1">
      <span className="text-sm font-medium text-slate-600 dark:text-slate-300">{props.label}</span>
      <span className="flex items-center gap-2">
        <input
          id={props.id}
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          className="w-36 rounded border border-slate-300 bg-white px-3 py-2 font-mono text-lg dark:border-slate-600 dark:bg-slate-800"
        />
        {props.suffix && <span className="text-slate-500">{props.suffix}</span>}
      </span>
    </label>
  );
}

function toInteger(text: string, label: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${label} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`);
  }
  return value;
}

function BurstResult({ burst }: { burst: BurstState }) {
  const seconds = burst.elapsedMs / 1000;
  const rate = seconds > 0 ? burst.done / seconds : 0;
  const share = burst.requests > 0 ? (100 * burst.done) / burst.requests : 0;
  return (
    <div data-testid={`burst-${burst.path}`} data-status={burst.status} className="space-y-2">
      <div className="h-3 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" role="progressbar" aria-valuenow={burst.done} aria-valuemax={burst.requests} aria-label="Burst progress">
        <div className="h-full bg-slate-500 transition-[width] dark:bg-slate-300" style={{ width: `${share}%` }} />
      </div>
      <p className="text-base">
        <span className="font-semibold">{burst.status === 'running' ? 'Running' : burst.status === 'stopped' ? 'Stopped' : 'Done'}</span>: {burst.done.toLocaleString('en-US')} /{' '}
        {burst.requests.toLocaleString('en-US')} at {burst.concurrency} at once, payment {burst.paymentDelayMs} ms — {seconds.toFixed(2)} s,{' '}
        <span className="font-mono font-semibold">{Math.round(rate).toLocaleString('en-US')}</span> orders/s
      </p>
      <p className="font-mono text-base" data-testid={`burst-counts-${burst.path}`}>
        ordered {burst.counts.ordered.toLocaleString('en-US')} · out of stock {burst.counts.out_of_stock.toLocaleString('en-US')}
        {burst.counts.oversold > 0 && <span className="font-bold text-red-600 dark:text-red-400"> · oversold {burst.counts.oversold.toLocaleString('en-US')}</span>}
        {burst.counts.failed > 0 && <span className="font-bold text-red-600 dark:text-red-400"> · failed {burst.counts.failed.toLocaleString('en-US')}</span>}
      </p>
      {burst.lastError && <p className="text-sm text-red-700 dark:text-red-300">Last error: {burst.lastError}</p>}
    </div>
  );
}

/**
 * The scenario's controls: reset, payment delay, a burst per order path with its progress, and
 * the audit after every burst. The code panels come from the server, read from the code.
 */
export function OfferConsole({ initialDelayMs, codePanels }: { initialDelayMs: number; codePanels: Record<OrderPath, ReactNode> }) {
  const [stock, setStock] = useState('3000');
  const [delay, setDelay] = useState(String(initialDelayMs));
  const [appliedDelay, setAppliedDelay] = useState(initialDelayMs);
  const [requests, setRequests] = useState('3000');
  const [concurrency, setConcurrency] = useState('150');
  const [audit, setAudit] = useState<OfferAudit | null>(null);
  const [bursts, setBursts] = useState<Partial<Record<OrderPath, BurstState>>>({});
  const [running, setRunning] = useState<BurstState | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refreshAudit = useCallback(async () => {
    try {
      setAudit(await callJson<OfferAudit>('/api/offer/audit'));
    } catch (e) {
      setAudit(null);
      setError(`Audit failed: ${(e as Error).message}`);
    }
  }, []);

  /** Shows a burst's latest state; when it has ended, its audit. */
  const show = useCallback((burst: BurstState) => {
    setBursts((all) => ({ ...all, [burst.path]: burst }));
    setRunning(burst.status === 'running' ? burst : null);
    if (burst.status === 'running') return;
    if (burst.audit) setAudit(burst.audit);
    else if (burst.auditError) setError(`Audit after the burst failed: ${burst.auditError}`);
  }, []);

  // First paint: the current audit and the last burst (one may still be running).
  useEffect(() => {
    let cancelled = false;
    callJson<OfferAudit>('/api/offer/audit')
      .then((a) => !cancelled && setAudit(a))
      .catch((e: Error) => !cancelled && setError(`Audit failed: ${e.message}`));
    callJson<{ burst: BurstState | null }>('/api/offer/burst')
      .then(({ burst }) => !cancelled && burst && show(burst))
      .catch((e: Error) => !cancelled && setError(`Could not read the last burst: ${e.message}`));
    return () => {
      cancelled = true;
    };
  }, [show]);

  // While a burst runs, its progress is polled.
  const runningId = running?.id;
  useEffect(() => {
    if (!runningId) return;
    let cancelled = false;
    const timer = setInterval(() => {
      callJson<{ burst: BurstState | null }>('/api/offer/burst')
        .then(({ burst }) => !cancelled && burst && show(burst))
        .catch((e: Error) => {
          if (cancelled) return;
          setError(`Lost track of the burst: ${e.message}`);
          setRunning(null);
        });
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [runningId, show]);

  const act = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(`${label} failed: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const reset = () =>
    act('Reset', async () => {
      const value = toInteger(stock, 'Stock', 0, 1_000_000);
      await callJson('/api/offer/reset', { method: 'POST', body: JSON.stringify({ stock: value }) });
      setNotice(`Stock reset to ${value.toLocaleString('en-US')} in the table and in Redis; history emptied.`);
      await refreshAudit();
    });

  const applyDelay = () =>
    act('Setting the payment delay', async () => {
      const value = toInteger(delay, 'Payment delay', 0, 10_000);
      const saved = await callJson<{ paymentDelayMs: number }>('/api/offer/settings', { method: 'POST', body: JSON.stringify({ paymentDelayMs: value }) });
      setAppliedDelay(saved.paymentDelayMs);
      setNotice(`Payment delay is now ${saved.paymentDelayMs} ms for every path.`);
    });

  const fire = (path: OrderPath) =>
    act('Starting the burst', async () => {
      const body = { path, requests: toInteger(requests, 'Orders', 1, 10_000), concurrency: toInteger(concurrency, 'At once', 1, 150) };
      const { burst } = await callJson<{ burst: BurstState }>('/api/offer/burst', { method: 'POST', body: JSON.stringify(body) });
      show(burst);
    });

  const stop = () => act('Stopping the burst', async () => void (await callJson('/api/offer/burst', { method: 'DELETE' })));

  const button = 'rounded-md px-4 py-2 text-base font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50';

  return (
    <div className="space-y-6">
      {error && (
        <p role="alert" data-testid="offer-error" className="rounded-md bg-red-100 px-4 py-3 text-base text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="rounded-md bg-emerald-50 px-4 py-3 text-base text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          {notice}
        </p>
      )}

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section aria-labelledby="setup-title" className="space-y-5 rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900">
          <h2 id="setup-title" className="text-xl font-semibold">Setup</h2>
          <div className="flex items-end gap-3">
            <NumberField id="offer-stock" label="Stock (units of product 1)" value={stock} onChange={setStock} min={0} max={1_000_000} />
            <button type="button" onClick={reset} disabled={busy !== null || running !== null} className={`${button} bg-slate-700 hover:bg-slate-800 dark:bg-slate-600`}>
              Reset
            </button>
          </div>
          <div className="flex items-end gap-3">
            <NumberField id="offer-delay" label="Payment delay" value={delay} onChange={setDelay} min={0} max={10_000} suffix="ms" />
            <button type="button" onClick={applyDelay} disabled={busy !== null} className={`${button} bg-slate-700 hover:bg-slate-800 dark:bg-slate-600`}>
              Apply
            </button>
          </div>
          <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="applied-delay">
            In force: {appliedDelay} ms. The legacy path holds the row lock through the payment; the Redis paths hold nothing.
          </p>
          <div className="flex gap-4">
            <NumberField id="offer-requests" label="Orders per burst" value={requests} onChange={setRequests} min={1} max={10_000} />
            <NumberField id="offer-concurrency" label="At once" value={concurrency} onChange={setConcurrency} min={1} max={150} />
          </div>
          <p className="text-sm text-slate-500 dark:text-slate-400">
            A burst calls the order code inside the server (no HTTP). For the workshop&apos;s <code className="font-mono">ab -c 150 -n 3000</code> over HTTP use{' '}
            <code className="font-mono">/order</code> and <code className="font-mono">/order-redis</code>, or a load run.
          </p>
        </section>

        <section aria-labelledby="audit-title" className="rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900">
          <div className="mb-3 flex items-center justify-between">
            <h2 id="audit-title" className="text-xl font-semibold">Audit</h2>
            <button type="button" onClick={() => void act('Refreshing the audit', refreshAudit)} disabled={busy !== null} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
              Refresh
            </button>
          </div>
          {audit ? <AuditPanel audit={audit} /> : <p className="text-slate-500">No audit yet.</p>}
        </section>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        {paths.map((info) => {
          const burst = bursts[info.path];
          const isRunning = running?.path === info.path;
          return (
            <section key={info.path} aria-labelledby={`path-${info.path}`} className={`space-y-4 rounded-lg border-t-8 bg-white p-5 shadow-sm dark:bg-slate-900 ${info.accent}`}>
              <header>
                <h2 id={`path-${info.path}`} className="text-2xl font-bold">
                  {info.title}
                </h2>
                <p className="mt-1 text-base text-slate-600 dark:text-slate-300">{info.subtitle}</p>
                {info.warning && <p className="mt-2 rounded bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">{info.warning}</p>}
              </header>
              <div className="flex gap-3">
                <button
                  type="button"
                  data-testid={`fire-${info.path}`}
                  onClick={() => void fire(info.path)}
                  disabled={busy !== null || running !== null}
                  className={`${button} ${info.button}`}
                >
                  Fire {Number(requests).toLocaleString('en-US')} orders
                </button>
                {isRunning && (
                  <button type="button" onClick={() => void stop()} className={`${button} bg-slate-600 hover:bg-slate-700`}>
                    Stop
                  </button>
                )}
              </div>
              {burst && <BurstResult burst={burst} />}
              {codePanels[info.path]}
            </section>
          );
        })}
      </div>
    </div>
  );
}
