// POST /api/lookup/stop – ask the running lookup job to stop (a migration saves its checkpoint)
import { withRoute } from '@/lib/http/with-route';
import { stopLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ admin: true }, () => ({ stopping: stopLookupJob() }));
