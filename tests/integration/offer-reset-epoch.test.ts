import { describe, expect, it } from 'vitest';
import { getPostgresPool } from '@/lib/db/postgres/pool';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { recordSoldUnit } from '@/lib/scenarios/limited-offer/history-writer';
import { orderRedis } from '@/lib/scenarios/limited-offer/order-offer';
import { takeOne } from '@/lib/scenarios/limited-offer/redis-take';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';

/*
 * History rows belong to the reset they follow. A Redis order takes its unit, then writes its
 * history row a moment later (group commit); a reset in between empties the history and sets a
 * new stock. The row that lands after the reset must not count in the new reset's audit.
 */

describe('reset epochs', () => {
  it('keeps a history row that lands after a reset out of that reset’s audit', async () => {
    await resetOffer({ stock: 100 });
    const take = await takeOne();
    expect(take.left).toBe(99);

    // The reset comes between the take and its history row, as one queued behind a TRUNCATE would.
    await resetOffer({ stock: 100 });
    await recordSoldUnit('redis', take.epoch);

    const audit = await auditOffer();
    expect(audit).toMatchObject({ initialStock: 100, remainingInRedis: 100, ordersRecorded: 0, balanced: true, problems: [] });
    // The row is there, stamped with the reset it followed, and the next one counts normally.
    const rows = await getPostgresPool().query<{ reset_epoch: string }>('SELECT reset_epoch FROM order_history WHERE prod_id = 1');
    expect(rows.rows.map((row) => Number(row.reset_epoch))).toEqual([take.epoch]);

    await orderRedis();
    expect(await auditOffer()).toMatchObject({ remainingInRedis: 99, ordersRecorded: 1, ordersByPath: { redis: 1 }, balanced: true });
  });

  it('gives each reset a new epoch, in the table and in Redis', async () => {
    await resetOffer({ stock: 10 });
    const first = (await takeOne()).epoch;
    await resetOffer({ stock: 10 });
    const second = (await takeOne()).epoch;
    expect(second).toBe(first + 1);
    const stored = await getPostgresPool().query<{ reset_epoch: string }>('SELECT reset_epoch FROM offer_reset WHERE prod_id = 1');
    expect(Number(stored.rows[0]!.reset_epoch)).toBe(second);
    await resetOffer({ stock: 3_000 });
  });
});
