import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';
import { MAX_PAYMENT_DELAY_MS } from '@/lib/scenarios/limited-offer/offer-schemas';

export interface OfferSettings {
  /** The simulated payment step, in milliseconds; 0 skips it. */
  paymentDelayMs: number;
}


// One copy per process: the lean handlers and Next's route handlers load separate copies of this
// module, and both must see the delay the page sets.
function settings(): OfferSettings {
  return processSingleton<OfferSettings>('offer-settings', () => ({ paymentDelayMs: getConfig().PAYMENT_DELAY_MS }));
}

export function getOfferSettings(): OfferSettings {
  return { ...settings() };
}

export function updateOfferSettings(changes: Partial<OfferSettings>): OfferSettings {
  const current = settings();
  if (changes.paymentDelayMs !== undefined) {
    if (!Number.isInteger(changes.paymentDelayMs) || changes.paymentDelayMs < 0 || changes.paymentDelayMs > MAX_PAYMENT_DELAY_MS) {
      throw new AppError('bad_request', `paymentDelayMs must be an integer from 0 to ${MAX_PAYMENT_DELAY_MS}`);
    }
    current.paymentDelayMs = changes.paymentDelayMs;
  }
  return { ...current };
}

/**
 * The workshop's paymentProcess(): a stand-in for a call to a payment provider, run while the
 * order's transaction is open, exactly where the workshop runs it.
 */
export async function processPayment(): Promise<void> {
  const delay = settings().paymentDelayMs;
  if (delay > 0) await sleep(delay);
}
