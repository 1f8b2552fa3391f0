import 'server-only';
import { getOfferStore } from '@/lib/scenarios/limited-offer/get-offer-store';
import type { OrderPath } from '@/lib/scenarios/limited-offer/offer-constants';
import { GIVE_BACK_SCRIPT, redisCommandText, TAKE_ONE_SCRIPT } from '@/lib/scenarios/limited-offer/redis-scripts';

export interface CodeStep {
  /** sql: sent to the relational store; redis: a Redis command; lua: a script's body; app: work in the app. */
  kind: 'sql' | 'redis' | 'lua' | 'app';
  /** When the step runs, if not always. */
  when?: string;
  text: string;
}

export interface PathListing {
  path: OrderPath;
  engine: string;
  steps: CodeStep[];
  /** When the failure steps run. */
  onFailureWhen: string;
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
  const payment: CodeStep = { kind: 'app', text: 'payment step: wait the configured payment delay' };
  const historyBatch: CodeStep = {
    kind: 'sql',
    when: 'rows of the orders waiting at that moment, in one statement (group commit, autocommit)',
    text: sql.insertHistoryBatch,
  };
  return {
    legacy: {
      path: 'legacy',
      engine,
      steps: [
        { kind: 'sql', text: sql.begin },
        { kind: 'sql', text: sql.selectStockForUpdate, when: 'waits here while another order holds the row' },
        { kind: 'sql', text: sql.rollback, when: 'if QUANTITY <= 0: answer Out Of Stock' },
        { kind: 'sql', text: sql.updateStock, when: 'else, with QUANTITY - 1' },
        { kind: 'sql', text: sql.insertHistory },
        { ...payment, when: 'the row stays locked meanwhile' },
        { kind: 'sql', text: sql.commit },
      ],
      onFailureWhen: 'On any error',
      onFailure: [{ kind: 'sql', text: sql.rollback }],
    },
    redis: {
      path: 'redis',
      engine,
      steps: [
        { kind: 'redis', text: commands.take },
        { kind: 'lua', text: TAKE_ONE_SCRIPT, when: 'the script Redis runs, atomically' },
        { kind: 'app', text: 'reply -1: answer Out Of Stock' },
        { ...payment, when: 'no lock held' },
        historyBatch,
      ],
      onFailureWhen: 'On any error after the take (the unit goes back)',
      onFailure: [
        { kind: 'redis', text: commands.giveBack, when: 'now, or once Redis answers again if it was away' },
        { kind: 'lua', text: GIVE_BACK_SCRIPT },
      ],
    },
    naive: {
      path: 'naive',
      engine,
      steps: [
        { kind: 'redis', text: commands.naiveRead },
        { kind: 'app', text: 'stock <= 0: answer Out Of Stock' },
        { kind: 'redis', text: commands.naiveDecrement, when: 'a second round trip: others may have decremented since the GET' },
        payment,
        historyBatch,
      ],
      onFailureWhen: 'On any error after the DECR',
      onFailure: [{ kind: 'redis', text: commands.naiveGiveBack }],
    },
  };
}
