import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { forRelationalEngine } from '@/lib/db/relational/engine';
import { OraclePurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-oracle';
import { PostgresPurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-postgres';
import type { PurchaseStore } from '@/lib/scenarios/purchase-lookup/relational-store';

const schemaReady = () => processSingleton<{ promise: Promise<void> | null }>('lookup-schema-ready', () => ({ promise: null }));

/** The configured engine's store, with its schema ensured once per process. */
export async function getPurchaseStore(): Promise<PurchaseStore> {
  const store = forRelationalEngine<PurchaseStore>({
    postgres: () => processSingleton('lookup-store-postgres', () => new PostgresPurchaseStore()),
    oracle: () => processSingleton('lookup-store-oracle', () => new OraclePurchaseStore()),
  });
  const ready = schemaReady();
  ready.promise ??= store.ensureSchema().catch((error: unknown) => {
    ready.promise = null;
    throw error;
  });
  await ready.promise;
  return store;
}
