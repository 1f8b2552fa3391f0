// GET /api/lookup/status – row counts, DynamoDB items, data set, checkpoint and jobs (?recount=1 counts again)
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { getLookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const query = z.object({ recount: z.enum(['0', '1', 'true', 'false']).optional() });

// A recount scans the whole DynamoDB table, so only the presenter may ask for one; a viewer's
// ?recount=1 reads the counts already taken.
export const GET = withRoute({ query }, async ({ query, access }) => {
  const status = await getLookupDataStatus({ recount: access !== 'viewer' && (query.recount === '1' || query.recount === 'true') });
  if (access !== 'viewer') return status;
  // A count's failure reason is a driver message: the presenter reads it, a viewer the fact.
  const hide = (error: string | null) => (error === null ? null : 'The count failed (details for the presenter).');
  return { ...status, relational: { ...status.relational, error: hide(status.relational.error) }, dynamodb: { ...status.dynamodb, error: hide(status.dynamodb.error) } };
});
