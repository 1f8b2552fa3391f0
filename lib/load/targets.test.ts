import { describe, expect, it } from 'vitest';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { buildRequest, getTarget } from '@/lib/load/targets';

describe('buildRequest', () => {
  const settings = { ...runSettingsSchema.parse({ amount: 100 }), seed: 42 };

  it('refuses a lookup run without purchases: generate and migrate data first', () => {
    expect(() => buildRequest(getTarget('lookup.dynamodb'), settings, [])).toThrow(/generate and migrate data first/);
  });

  it('builds a keyed request with the seed for lookups and a counted static one for orders', () => {
    const lookup = buildRequest(getTarget('lookup.relational'), settings, [{ customerId: 'c', purchaseId: 'p' }]);
    expect(lookup).toMatchObject({ request: { kind: 'keyed', path: '/api/lookup/relational', seed: 42 }, trackOrderOutcomes: false, keys: { count: 1, seed: 42 } });
    const order = buildRequest(getTarget('order.naive'), settings, null);
    expect(order).toMatchObject({ request: { kind: 'static', path: '/api/order/naive' }, trackOrderOutcomes: true, stock: 3000 });
    expect(buildRequest(getTarget('order.redis'), { ...settings, stock: 50 }, null).stock).toBe(50);
  });
});
