// GET /api/lookup/customer – a customer's purchases through the join (backend=relational) or Query (backend=dynamodb)
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { idSchema } from '@/lib/scenarios/purchase-lookup/key-input';
import { listCustomerPurchases } from '@/lib/scenarios/purchase-lookup/lookup-purchase';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.object({ customerId: idSchema, backend: z.enum(['relational', 'dynamodb']) });

export const GET = withRoute({ query }, ({ query }) => listCustomerPurchases(query.backend, query.customerId));
