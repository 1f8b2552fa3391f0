// GET /api/sweeps – sweep history (newest first, without points)
// POST /api/sweeps – run both sides of a scenario through a list of levels (202; 409 while a run or sweep is going)
import { withRoute } from '@/lib/http/with-route';
import { startLoadSweep } from '@/lib/scenarios';
import { listSweepItems } from '@/lib/load/sweeps/sweep-queries';
import { startSweepBodySchema } from '@/lib/sweep-catalog';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, async () => ({ sweeps: await listSweepItems() }));

export const POST = withRoute({ body: startSweepBodySchema, admin: true }, async ({ body }) => Response.json({ sweep: await startLoadSweep(body) }, { status: 202 }));
