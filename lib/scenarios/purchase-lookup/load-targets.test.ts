import { describe, expect, it } from 'vitest';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { keyedPath, prepareLookup } from '@/lib/scenarios/purchase-lookup/load-targets';

const settings = { ...runSettingsSchema.parse({ amount: 100 }), seed: 42 };

describe('the lookup load targets', () => {
  it('puts each sampled purchase in the query, escaped', () => {
    expect(keyedPath('/api/lookup/dynamodb', { customerId: 'c 1', purchaseId: 'p&2' })).toBe('/api/lookup/dynamodb?customerId=c%201&purchaseId=p%262');
  });

  it('walks the sampled purchases in the seed order and notes how many and which seed', () => {
    const keys = [
      { customerId: 'a', purchaseId: '1' },
      { customerId: 'b', purchaseId: '2' },
    ];
    const prepared = prepareLookup('/api/lookup/relational', keys, settings);
    expect(prepared.request).toEqual({ kind: 'paths', paths: ['/api/lookup/relational?customerId=a&purchaseId=1', '/api/lookup/relational?customerId=b&purchaseId=2'], seed: 42 });
    expect(prepared.notes).toEqual({ keys: { count: 2, seed: 42 } });
  });

  it('refuses a run without purchases: generate and migrate data first', () => {
    expect(() => prepareLookup('/api/lookup/dynamodb', [], settings)).toThrow(/generate and migrate data first/);
  });
});
