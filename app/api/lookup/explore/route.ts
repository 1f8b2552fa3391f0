// GET /api/lookup/explore – one purchase as joined rows, staging row and DynamoDB item (no ids: a random one)
import { withRoute } from '@/lib/http/with-route';
import { explorePurchase } from '@/lib/scenarios/purchase-lookup/explore-purchase';
import { optionalPurchaseKeySchema } from '@/lib/scenarios/purchase-lookup/key-input';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: optionalPurchaseKeySchema }, ({ query }) =>
  explorePurchase(query.customerId && query.purchaseId ? { customerId: query.customerId, purchaseId: query.purchaseId } : null),
);
