import 'server-only';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { getActiveJob } from '@/lib/load/run-registry';
import { getBurst } from '@/lib/scenarios/limited-offer/burst';
import { DEFAULT_STOCK } from '@/lib/scenarios/limited-offer/offer-constants';
import { updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { invalidateLookupStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import { deletePurchaseTable } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { runningLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import type { WalkthroughName } from '@/lib/walkthroughs/catalog';
import { restartWalkthroughClock } from '@/lib/walkthroughs/walkthrough-epochs';

function refuseWhileBusy(name: WalkthroughName): void {
  const run = getActiveJob();
  if (run) throw new AppError('conflict', `A load run is going (${run.id}); wait for it or cancel it before starting over.`, { runningId: run.id });
  if (name === 'purchase-lookup') {
    const job = runningLookupJob();
    if (job) throw new AppError('conflict', `A ${job} job is running; wait for it or stop it before starting over.`);
  } else if (getBurst()?.status === 'running') {
    throw new AppError('conflict', 'A burst of orders is running; wait for it or stop it before starting over.');
  }
}

/**
 * Undoes what the walkthrough created and starts its clock again. Purchase lookup: the DynamoDB
 * table goes (the legacy tables stay: they are the workshop's starting point, and staging built
 * before the new start no longer counts). Limited offer: the workshop's purge (stock back to 3,000
 * in both stores, history emptied) and the configured payment delay.
 */
export async function startWalkthroughOver(name: WalkthroughName): Promise<{ startedAt: number }> {
  refuseWhileBusy(name);
  if (name === 'purchase-lookup') {
    invalidateLookupStatus('dynamodb');
    await deletePurchaseTable();
    invalidateLookupStatus('dynamodb');
  } else {
    await resetOffer({ stock: DEFAULT_STOCK });
    updateOfferSettings({ paymentDelayMs: getConfig().PAYMENT_DELAY_MS });
  }
  // The clock starts after the reset, so the purge itself is not taken for the attendee's first step.
  return { startedAt: await restartWalkthroughClock(name) };
}
