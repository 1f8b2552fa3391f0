import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import { runSettingsSchema } from '@/lib/load/run-settings';
import { buildRequest, getTarget, importScenarioModule } from '@/lib/load/targets';

describe('scenario modules loaded at run time', () => {
  it('loads a module that exists and finds its named export', async () => {
    const scenario = await importScenarioModule<{ samplePurchaseKeys(count: number): Promise<unknown[]> }>('lib/load/test-fixtures/scenario-module', 'test');
    await expect(scenario.samplePurchaseKeys(3)).resolves.toHaveLength(3);
  });

  it('answers 503 with what is missing when the module is not in the build', async () => {
    const error = await importScenarioModule('lib/load/test-fixtures/not-there', 'imaginary').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).message).toMatch(/imaginary scenario is not part of this build/);
  });
});

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
