// POST /api/runs/showdown – legacy then modern with the same settings (fair) or both at once (race)
import { withRoute } from '@/lib/http/with-route';
import { startShowdownBodySchema } from '@/lib/scenario-catalog';
import { startLoadShowdown } from '@/lib/scenarios';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ body: startShowdownBodySchema, admin: true }, async ({ body }) =>
  Response.json({ showdown: await startLoadShowdown(body) }, { status: 202 }),
);
