// GET /api/lookup/jobs – the latest generate, staging and migrate jobs with their progress
import { withRoute } from '@/lib/http/with-route';
import { listLookupJobs, runningLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, () => ({ running: runningLookupJob(), jobs: listLookupJobs() }));
