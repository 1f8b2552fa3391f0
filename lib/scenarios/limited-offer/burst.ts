import 'server-only';
import { randomUUID } from 'node:crypto';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import { describeError, toErrorResponse } from '@/lib/http/to-error-response';
import { auditOffer, type OfferAudit } from '@/lib/scenarios/limited-offer/audit-offer';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { orderByPath } from '@/lib/scenarios/limited-offer/order-offer';

export interface BurstState {
  id: string;
  path: OrderPath;
  requests: number;
  concurrency: number;
  paymentDelayMs: number;
  status: 'running' | 'finished' | 'stopped';
  startedAt: string;
  elapsedMs: number;
  done: number;
  counts: { ordered: number; out_of_stock: number; oversold: number; failed: number };
  /** Failures by HTTP status they would answer with, e.g. { "503": 12 }. */
  failuresByStatus: Record<string, number>;
  lastError: string | null;
  /** The audit taken when the burst ended (or why it could not be taken). */
  audit: OfferAudit | null;
  auditError: string | null;
}

interface BurstHolder {
  current: BurstState | null;
  stopRequested: boolean;
}

const holder = () => processSingleton<BurstHolder>('offer-burst', () => ({ current: null, stopRequested: false }));

/** The running or last burst, with its progress; null before the first. */
export function getBurst(): BurstState | null {
  const { current } = holder();
  if (!current) return null;
  return { ...current, counts: { ...current.counts }, failuresByStatus: { ...current.failuresByStatus } };
}

/**
 * Fires `requests` orders at one path from inside the server, `concurrency` at a time: the same
 * order functions the HTTP routes call, without HTTP. A modest presenter's burst; the load-run
 * engine on /runs drives the real HTTP routes. Returns at once; poll getBurst() for progress.
 */
export function startBurst(options: { path: OrderPath; requests: number; concurrency: number }): BurstState {
  const state = holder();
  if (state.current?.status === 'running') throw new AppError('conflict', 'A burst is already running; wait for it or stop it.');
  const started = performance.now();
  const burst: BurstState = {
    id: randomUUID(),
    ...options,
    paymentDelayMs: getOfferSettings().paymentDelayMs,
    status: 'running',
    startedAt: new Date().toISOString(),
    elapsedMs: 0,
    done: 0,
    counts: { ordered: 0, out_of_stock: 0, oversold: 0, failed: 0 },
    failuresByStatus: {},
    lastError: null,
    audit: null,
    auditError: null,
  };
  state.current = burst;
  state.stopRequested = false;

  const order = orderByPath[options.path];
  let issued = 0;
  const worker = async () => {
    while (issued < options.requests && !state.stopRequested) {
      issued += 1;
      try {
        const result = await order();
        burst.counts[result.outcome] += 1;
      } catch (error) {
        const status = String(toErrorResponse(error).status);
        burst.counts.failed += 1;
        burst.failuresByStatus[status] = (burst.failuresByStatus[status] ?? 0) + 1;
        burst.lastError = describeError(error);
      }
      burst.done += 1;
      burst.elapsedMs = Math.round(performance.now() - started);
    }
  };

  void Promise.all(Array.from({ length: Math.min(options.concurrency, options.requests) }, worker))
    .then(() => {
      burst.elapsedMs = Math.round(performance.now() - started);
      return auditOffer();
    })
    .then(
      (audit) => {
        burst.audit = audit;
      },
      (error: unknown) => {
        burst.auditError = describeError(error);
      },
    )
    .finally(() => {
      burst.status = state.stopRequested ? 'stopped' : 'finished';
    });
  return getBurst()!;
}

/** Asks the running burst to stop: orders in flight finish, no new ones start. */
export function stopBurst(): BurstState | null {
  const state = holder();
  if (state.current?.status === 'running') state.stopRequested = true;
  return getBurst();
}
