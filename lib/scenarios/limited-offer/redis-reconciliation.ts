import 'server-only';
import { randomBytes } from 'node:crypto';
import { processSingleton } from '@/lib/db/process-singleton';
import { inRedis, runScript } from '@/lib/scenarios/limited-offer/redis-commands';
import { GIVE_BACK_SCRIPT, GIVE_BACK_SHA } from '@/lib/scenarios/limited-offer/redis-scripts';

// The offer's Redis side: units whose give-back could not reach Redis, retried until it answers.
// Every take carries a token, so a unit goes back if, and only if, its take ran.

// Unique within this module copy; the random prefix keeps copies and processes apart.
const tokenPrefix = randomBytes(4).toString('hex');
let tokenCounter = 0;
export const newToken = () => `${tokenPrefix}:${(tokenCounter += 1).toString(36)}`;

interface Reconciliation {
  /** Tokens of takes that may have happened and whose order did not: each to give back once. */
  tokens: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

const reconciliation = () => processSingleton<Reconciliation>('offer-take-reconciliation', () => ({ tokens: new Set(), timer: undefined }));

const RETRY_MS = 300;

export async function giveBackToken(token: string): Promise<void> {
  await inRedis((client) => runScript(client, GIVE_BACK_SHA, GIVE_BACK_SCRIPT, [token]));
}

function scheduleReconciliation(): void {
  const state = reconciliation();
  if (state.timer || state.tokens.size === 0) return;
  state.timer = setTimeout(() => {
    void (async () => {
      for (const token of [...state.tokens]) {
        try {
          await giveBackToken(token);
          state.tokens.delete(token);
        } catch {
          break; // Redis still away: try again later.
        }
      }
      state.timer = undefined;
      scheduleReconciliation();
    })();
  }, RETRY_MS);
  state.timer.unref();
}

/** A take that may have happened and whose order did not: its unit goes back once Redis answers. */
export function reconcileLater(token: string): void {
  reconciliation().tokens.add(token);
  scheduleReconciliation();
}

/** Takes not yet reconciled with Redis (Redis was unreachable when their order failed). */
export function takesToReconcile(): number {
  return reconciliation().tokens.size;
}

/** After a reset nothing older is given back. */
export function forgetTakes(): void {
  reconciliation().tokens.clear();
}
