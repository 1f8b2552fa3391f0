/** Loaded at run time by targets.test.ts, as a scenario module would be. */
export async function samplePurchaseKeys(count: number) {
  return Array.from({ length: count }, (_, i) => ({ customerId: `c${i}`, purchaseId: `p${i}` }));
}
