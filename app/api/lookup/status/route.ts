// GET /api/lookup/status – row counts, DynamoDB items, data set, checkpoint and jobs (?recount=1 counts again)
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { getLookupDataStatus } from '@/lib/lookup/data-status';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.object({ recount: z.enum(['0', '1', 'true', 'false']).optional() });

// A recount scans the whole DynamoDB table, so only the presenter may ask for one; a viewer's
// ?recount=1 reads the counts already taken.
export const GET = withRoute({ query }, ({ query, access }) =>
  getLookupDataStatus({ recount: access !== 'viewer' && (query.recount === '1' || query.recount === 'true') }),
);
