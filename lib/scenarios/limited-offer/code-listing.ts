import 'server-only';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { GIVE_BACK_SCRIPT, redisCommandText, TAKE_ONE_SCRIPT } from '@/lib/scenarios/limited-offer/redis-scripts';

/** The listing's prose, as keys of offer.code.notes in messages/<locale>/offer.json (the page says them in its language). */
export type CodeNote =
  | 'payment'
  | 'historyBatch'
  | 'waitsForRow'
  | 'outOfStockRollback'
  | 'elseDecrement'
  | 'rowStaysLocked'
  | 'scriptAtomic'
  | 'replyOutOfStock'
  | 'noLock'
  | 'giveBackNow'
  | 'stockZero'
  | 'secondRoundTrip'
  | 'onError'
  | 'onErrorAfterTake'
  | 'onErrorAfterDecr';

/** sql: sent to the relational store; redis: a Redis command; lua: a script's body; app: work in the app, said in words. */
export type CodeStep = { kind: 'sql' | 'redis' | 'lua'; text: string; when?: CodeNote } | { kind: 'app'; text: CodeNote; when?: CodeNote };

export interface PathListing {
  path: OrderPath;
  engine: string;
  steps: CodeStep[];
  /** When the failure steps run. */
  onFailureWhen: CodeNote;
  onFailure: CodeStep[];
}

/**
 * What each order path sends, in order, built from the very constants the code sends (the
 * dialect's statements, the Lua scripts, the Redis command names), so the page cannot drift
 * from what runs.
 */
export function listOfferCode(): Record<OrderPath, PathListing> {
  const commands = redisCommandText();
  const store = getOfferStore();
  const sql = store.statements;
  const engine = store.engineLabel;
  const payment: CodeStep = { kind: 'app', text: 'payment' };
  const historyBatch: CodeStep = {
    kind: 'sql',
    when: 'historyBatch',
    text: sql.insertHistoryBatch,
  };
  return {
    legacy: {
      path: 'legacy',
      engine,
      steps: [
        { kind: 'sql', text: sql.begin },
        { kind: 'sql', text: sql.selectStockForUpdate, when: 'waitsForRow' },
        { kind: 'sql', text: sql.rollback, when: 'outOfStockRollback' },
        { kind: 'sql', text: sql.updateStock, when: 'elseDecrement' },
        { kind: 'sql', text: sql.insertHistory },
        { ...payment, when: 'rowStaysLocked' },
        { kind: 'sql', text: sql.commit },
      ],
      onFailureWhen: 'onError',
      onFailure: [{ kind: 'sql', text: sql.rollback }],
    },
    redis: {
      path: 'redis',
      engine,
      steps: [
        { kind: 'redis', text: commands.take },
        { kind: 'lua', text: TAKE_ONE_SCRIPT, when: 'scriptAtomic' },
        { kind: 'app', text: 'replyOutOfStock' },
        { ...payment, when: 'noLock' },
        historyBatch,
      ],
      onFailureWhen: 'onErrorAfterTake',
      onFailure: [
        { kind: 'redis', text: commands.giveBack, when: 'giveBackNow' },
        { kind: 'lua', text: GIVE_BACK_SCRIPT },
      ],
    },
    naive: {
      path: 'naive',
      engine,
      steps: [
        { kind: 'redis', text: commands.naiveRead },
        { kind: 'app', text: 'stockZero' },
        { kind: 'redis', text: commands.naiveDecrement, when: 'secondRoundTrip' },
        payment,
        historyBatch,
      ],
      onFailureWhen: 'onErrorAfterDecr',
      onFailure: [{ kind: 'redis', text: commands.naiveGiveBack }],
    },
  };
}
