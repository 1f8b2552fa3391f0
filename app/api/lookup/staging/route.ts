// POST /api/lookup/staging – start building PURCHASE_DYNAMODB_FORMAT with the workshop's pivot (202, 409 while a job runs)
import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { startStagingJob } from '@/lib/scenarios/purchase-lookup/jobs/start-jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ admin: true }, () => NextResponse.json(startStagingJob(), { status: 202 }));
