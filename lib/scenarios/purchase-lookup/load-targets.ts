import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import type { LoadTarget, PreparedRun, SeededSettings } from '@/lib/load/load-target';
import { lookupTargets, type LookupRunNotes } from '@/lib/scenarios/purchase-lookup/catalog';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { samplePurchaseKeys } from '@/lib/scenarios/purchase-lookup/purchase-keys';

/** How many purchases a lookup run samples; the seeded sequence walks over these. */
const LOOKUP_KEY_SAMPLE = 5_000;

const noData = 'There are no purchases to look up yet';

/** A sample of existing purchases; a lookup run with no data is refused with what to do first. */
async function sampleKeys(): Promise<PurchaseKey[]> {
  let keys: PurchaseKey[];
  try {
    keys = await samplePurchaseKeys(LOOKUP_KEY_SAMPLE);
  } catch (error) {
    // Tables not created yet read as "no data", not as a server fault.
    if (!(error instanceof AppError) && /does not exist|ResourceNotFound|ORA-00942|no such table/i.test(describeError(error))) {
      throw new AppError('conflict', `${noData} (${describeError(error)}): generate and migrate data first.`);
    }
    throw error;
  }
  if (keys.length === 0) throw new AppError('conflict', `${noData}: generate and migrate data first.`);
  return keys;
}

export function keyedPath(path: string, key: PurchaseKey): string {
  return `${path}?customerId=${encodeURIComponent(key.customerId)}&purchaseId=${encodeURIComponent(key.purchaseId)}`;
}

/** Every request asks for the next sampled purchase in the seed's order; both sides of a showdown share one sample. */
export function prepareLookup(path: string, keys: PurchaseKey[], settings: SeededSettings): PreparedRun {
  if (keys.length === 0) throw new AppError('conflict', `${noData}: generate and migrate data first.`);
  const notes: LookupRunNotes = { keys: { count: keys.length, seed: settings.seed } };
  return { request: { kind: 'paths', paths: keys.map((key) => keyedPath(path, key)), seed: settings.seed }, notes: { ...notes } };
}

const lookupTarget = (info: (typeof lookupTargets)[keyof typeof lookupTargets]): LoadTarget<PurchaseKey[]> => ({
  ...info,
  share: sampleKeys,
  prepare: (keys, settings) => prepareLookup(info.path, keys, settings),
});

export const lookupLoadTargets = [lookupTarget(lookupTargets.relational), lookupTarget(lookupTargets.dynamodb)];
