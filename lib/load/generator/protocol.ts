/** Messages between the server and the load-generator process. */
import type { RunSettings, RunSummary, SecondStats } from '@/lib/load/run-types';

export interface PurchaseKey {
  customerId: string;
  purchaseId: string;
}

export type GeneratorRequest =
  | { kind: 'static'; path: string }
  /** One purchase per request, in the seeded order (see key-sequence.ts). */
  | { kind: 'keyed'; path: string; keys: PurchaseKey[]; seed: number };

export interface GeneratorJob {
  /** http://host:port of the app; the path comes from the target, never from the browser. */
  baseUrl: string;
  request: GeneratorRequest;
  /** Read each 2xx body as an order outcome ({ "outcome": "ordered" | "out_of_stock" | "oversold" }). */
  trackOrderOutcomes: boolean;
  settings: RunSettings;
}

export type ToGenerator = { type: 'start'; job: GeneratorJob } | { type: 'stop' };

export type FromGenerator =
  | { type: 'started'; at: number }
  | { type: 'second'; second: SecondStats }
  | { type: 'done'; summary: RunSummary; stopped: boolean }
  | { type: 'failed'; message: string };

export function keyedPath(path: string, key: PurchaseKey): string {
  return `${path}?customerId=${encodeURIComponent(key.customerId)}&purchaseId=${encodeURIComponent(key.purchaseId)}`;
}
