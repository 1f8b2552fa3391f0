import 'server-only';
import { inRedis, toInteger } from '@/lib/scenarios/limited-offer/redis-commands';
import { forgetTakes } from '@/lib/scenarios/limited-offer/redis-reconciliation';
import { offerKeys } from '@/lib/scenarios/limited-offer/redis-scripts';

// The offer's Redis side: the stock itself, set by a reset and read by the audit.

/** Reset: stock set outright and the take tokens forgotten, so nothing older is given back later. */
export async function setStock(stock: number): Promise<void> {
  await inRedis(async (client) => {
    const replies = await client.multi().set(offerKeys().stock, stock).del(offerKeys().recentTakes).exec();
    const failed = replies?.find(([error]) => error);
    if (!replies || failed) throw failed?.[0] ?? new Error('Redis discarded the reset transaction');
  });
  forgetTakes();
}

/** The stock in Redis, or null when the key is missing. */
export async function readStock(): Promise<number | null> {
  const reply = await inRedis((client) => client.get(offerKeys().stock));
  return reply === null ? null : toInteger(reply, 'GET');
}
