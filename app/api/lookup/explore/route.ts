// GET /api/lookup/explore – one purchase as joined rows, staging row and DynamoDB item (no ids: a random one)
import { withRoute } from '@/lib/http/with-route';
import { explorePurchase } from '@/lib/lookup/explore-purchase';
import { optionalPurchaseKeySchema } from '@/lib/lookup/key-input';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: optionalPurchaseKeySchema }, ({ query }) =>
  explorePurchase(query.customerId && query.purchaseId ? { customerId: query.customerId, purchaseId: query.purchaseId } : null),
);
