import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { HOT_PRODUCT_ID, type OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';

type RedisPath = Exclude<OrderPath, 'legacy'>;

interface Waiting {
  path: RedisPath;
  resolve(): void;
  reject(error: unknown): void;
}

interface WriterState {
  waiting: Waiting[];
  inFlight: number;
}

/**
 * Statements in flight at once. While they commit, new orders' rows gather into the next
 * statement; a lone order is written at once, so an idle system adds no wait.
 */
const MAX_IN_FLIGHT = 4;
/** Rows per statement, at most: keeps one statement's bind arrays and its time bounded. */
const MAX_ROWS = 1_000;

const state = () => processSingleton<WriterState>('offer-history-writer', () => ({ waiting: [], inFlight: 0 }));

function flush(writer: WriterState): void {
  while (writer.inFlight < MAX_IN_FLIGHT && writer.waiting.length > 0) {
    const batch = writer.waiting.splice(0, MAX_ROWS);
    writer.inFlight += 1;
    getOfferStore()
      .recordOrders(
        HOT_PRODUCT_ID,
        batch.map((w) => w.path),
      )
      .then(
        () => batch.forEach((w) => w.resolve()),
        (error: unknown) => batch.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        writer.inFlight -= 1;
        flush(writer);
      });
  }
}

/**
 * Group commit for the Redis paths' history rows: resolves once this order's row is committed,
 * rejects if its statement failed (then none of that statement's rows exist). Only possible
 * because the stock no longer lives in the relational store: these inserts take no lock that
 * other orders wait for, where each legacy order must lock the stock row before it can decide.
 */
export function recordSoldUnit(path: RedisPath): Promise<void> {
  const writer = state();
  return new Promise<void>((resolve, reject) => {
    writer.waiting.push({ path, resolve, reject });
    flush(writer);
  });
}
