import 'server-only';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import type { GeneratorRequest, PurchaseKey } from '@/lib/load/generator/protocol';
import { defaultStock, type RunSettings } from '@/lib/load/run-settings';
import { targetCatalog, type TargetId, type TargetInfo } from '@/lib/load/target-catalog';
import { samplePurchaseKeys } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';

export { targetCatalog, targetIds, isTargetId, type TargetId, type TargetInfo } from '@/lib/load/target-catalog';

/**
 * The server's own list of load targets: an id resolves to a lean path on this same app, built
 * from HOST/PORT. Nothing from the browser ever becomes part of a URL.
 */

/** How many purchases a lookup run samples; the seeded sequence walks over these. */
export const LOOKUP_KEY_SAMPLE = 5_000;

export function getTarget(id: TargetId): TargetInfo {
  return targetCatalog[id];
}

/** The app's own address, as the generator (a process on this machine) reaches it. */
export function appBaseUrl(): string {
  const { HOST, PORT } = getConfig();
  const host = HOST === '0.0.0.0' || HOST === '::' ? '127.0.0.1' : HOST.includes(':') ? `[${HOST}]` : HOST;
  return `http://${host}:${PORT}`;
}

/** A sample of existing purchases; a lookup run with no data is refused with what to do first. */
export async function loadLookupKeys(count = LOOKUP_KEY_SAMPLE): Promise<PurchaseKey[]> {
  let keys: PurchaseKey[];
  try {
    keys = await samplePurchaseKeys(count);
  } catch (error) {
    // Tables not created yet read as "no data", not as a server fault.
    if (!(error instanceof AppError) && /does not exist|ResourceNotFound|ORA-00942|no such table/i.test(describeError(error))) {
      throw new AppError('conflict', `There are no purchases to look up yet (${describeError(error)}): generate and migrate data first.`);
    }
    throw error;
  }
  if (keys.length === 0) throw new AppError('conflict', 'There are no purchases to look up yet: generate and migrate data first.');
  return keys;
}

export async function resetOfferStock(stock: number): Promise<void> {
  await resetOffer({ stock });
}

export async function auditOfferAfterRun(): Promise<unknown> {
  return auditOffer();
}

export interface PreparedRequest {
  request: GeneratorRequest;
  trackOrderOutcomes: boolean;
  keys: { count: number; seed: number } | null;
  stock: number | null;
}

/** What the generator sends for a target. Lookup keys are sampled by the caller, once per showdown. */
export function buildRequest(target: TargetInfo, settings: RunSettings & { seed: number }, keys: PurchaseKey[] | null): PreparedRequest {
  if (target.keyed) {
    if (!keys || keys.length === 0) throw new AppError('conflict', 'There are no purchases to look up yet: generate and migrate data first.');
    return {
      request: { kind: 'keyed', path: target.path, keys, seed: settings.seed },
      trackOrderOutcomes: false,
      keys: { count: keys.length, seed: settings.seed },
      stock: null,
    };
  }
  return {
    request: { kind: 'static', path: target.path },
    trackOrderOutcomes: target.scenario === 'order',
    keys: null,
    stock: target.scenario === 'order' ? (settings.stock ?? defaultStock) : null,
  };
}

export function describeRequest(target: TargetInfo): string {
  return target.keyed ? `GET ${target.path}?customerId=…&purchaseId=…` : `GET ${target.path}`;
}
