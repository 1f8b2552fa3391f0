import 'server-only';
import { forRelationalEngine } from '@/lib/db/relational/engine';
import type { OfferRelationalStore } from '@/lib/scenarios/limited-offer/offer-relational';
import { oracleOfferStore } from '@/lib/scenarios/limited-offer/relational-oracle';
import { postgresOfferStore } from '@/lib/scenarios/limited-offer/relational-postgres';

/** The configured engine's implementation. */
export function getOfferStore(): OfferRelationalStore {
  return forRelationalEngine<OfferRelationalStore>({ postgres: () => postgresOfferStore, oracle: () => oracleOfferStore });
}
