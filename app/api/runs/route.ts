// GET /api/runs – run history (newest first, no per-second rows) and the job going now
// POST /api/runs – start one load run on a target chosen by id (409 with runningId when one is going)
import { withRoute } from '@/lib/http/with-route';
import { getActiveJob } from '@/lib/load/run-registry';
import { listRunItems } from '@/lib/load/run-queries';
import { startRunBodySchema } from '@/lib/scenario-catalog';
import { startLoadRun } from '@/lib/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, async () => ({ runs: await listRunItems(), active: getActiveJob() }));

export const POST = withRoute({ body: startRunBodySchema, admin: true }, async ({ body }) => Response.json({ run: await startLoadRun(body) }, { status: 202 }));
