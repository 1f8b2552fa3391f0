// GET /api/health – each backend's status, engine, version, address and ping time
import { checkHealth } from '@/lib/health/check-health';
import { withRoute } from '@/lib/http/with-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, () => checkHealth());
