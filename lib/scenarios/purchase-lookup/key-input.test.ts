import { describe, expect, it } from 'vitest';
import { optionalPurchaseKeySchema, purchaseKeySchema } from '@/lib/scenarios/purchase-lookup/key-input';

describe('purchase key input', () => {
  it('accepts canonical positive integers', () => {
    expect(purchaseKeySchema.parse({ customerId: '1', purchaseId: '2147483647' })).toEqual({ customerId: '1', purchaseId: '2147483647' });
  });

  it.each([['0'], ['007'], ['-1'], ['1.5'], ['abc'], [''], ['2147483648'], ['1e3'], ["1' OR '1'='1"]])('rejects %j', (bad) => {
    expect(purchaseKeySchema.safeParse({ customerId: bad, purchaseId: '1' }).success).toBe(false);
  });

  it('takes both ids or neither on the workshop routes', () => {
    expect(optionalPurchaseKeySchema.safeParse({}).success).toBe(true);
    expect(optionalPurchaseKeySchema.safeParse({ customerId: '1', purchaseId: '2' }).success).toBe(true);
    expect(optionalPurchaseKeySchema.safeParse({ customerId: '1' }).success).toBe(false);
  });
});
