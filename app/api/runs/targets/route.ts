// GET /api/runs/targets – the endpoints a load run may target, by id
import { withRoute } from '@/lib/http/with-route';
import { showdownPairs, targetCatalog } from '@/lib/scenario-catalog';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, () => ({ targets: Object.values(targetCatalog), showdowns: showdownPairs }));
