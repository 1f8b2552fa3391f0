// GET /api/health – each backend's status, engine, version, address and ping time
import { checkHealth, healthForViewer } from '@/lib/health/check-health';
import { withRoute } from '@/lib/http/with-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

// Driver messages (addresses, reasons) go to the presenter; a viewer reads the kind of failure.
export const GET = withRoute({}, async ({ access }) => {
  const health = await checkHealth();
  return access === 'viewer' ? healthForViewer(health) : health;
});
