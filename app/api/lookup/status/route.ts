// GET /api/lookup/status – row counts, DynamoDB items, data set, checkpoint and jobs (?recount=1 counts again)
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { getLookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.object({ recount: z.enum(['0', '1', 'true', 'false']).optional() });

export const GET = withRoute({ query }, ({ query }) => getLookupDataStatus({ recount: query.recount === '1' || query.recount === 'true' }));
