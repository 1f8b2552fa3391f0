// GET /api/runs – a page of run history (newest first, no per-second rows; ?limit=&before=<run id>) and the job going now
// POST /api/runs – start one load run on a target chosen by id (409 with runningId when one is going)
import { z } from 'zod';
import { withRoute } from '@/lib/http/with-route';
import { runIdPattern } from '@/lib/load/api-schemas';
import { getActiveJob } from '@/lib/load/run-registry';
import { listRunPage } from '@/lib/load/run-queries';
import { startRunBodySchema } from '@/lib/scenario-catalog';
import { startLoadRun } from '@/lib/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    before: z.string().regex(runIdPattern, 'before must be a run id').optional(),
  })
  .strict();

export const GET = withRoute({ query: pageQuery }, async ({ query }) => ({ ...(await listRunPage(query)), active: getActiveJob() }));

export const POST = withRoute({ body: startRunBodySchema, admin: true }, async ({ body }) => Response.json({ run: await startLoadRun(body) }, { status: 202 }));
