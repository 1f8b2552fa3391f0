// GET /api/lookup/cost?sample=20 – what one lookup costs each side for a sample of purchases: the join's plan and buffers, GetItem's read units, bytes, price
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { measureLookupCost } from '@/lib/scenarios/purchase-lookup/cost/lookup-request-cost';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z
  .object({
    sample: z.coerce.number({ error: 'sample must be a number' }).int({ error: 'sample must be a whole number' }).min(1, { error: 'sample must be between 1 and 200' }).max(200, { error: 'sample must be between 1 and 200' }).default(20),
  })
  .strict();

export const GET = withRoute({ query }, ({ query: { sample } }) => measureLookupCost(sample));
