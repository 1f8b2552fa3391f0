import type { OrderResult } from '@/lib/scenarios/limited-offer/offer-constants';

export const OUT_OF_STOCK_BODY = 'Out Of Stock';

/**
 * The workshop's text answer: the remaining stock, or `Out Of Stock`. Every body is exactly as
 * wide as `Out Of Stock` (the count right-aligned with spaces), because ApacheBench counts any
 * body whose length differs from the first one as a failed request: with plain "2999" ... "0",
 * a sell-out of 3,000 would report about a thousand "Failed requests (Length)".
 */
export function toWorkshopBody(result: OrderResult): string {
  if (result.outcome === 'out_of_stock') return OUT_OF_STOCK_BODY;
  return String(result.remaining).padStart(OUT_OF_STOCK_BODY.length, ' ');
}
