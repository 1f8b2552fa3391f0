// POST /api/lookup/generate – start generating and bulk-loading { purchases, seed } (202, 409 while a job runs)
import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { generateInputSchema, startGenerateJob } from '@/lib/scenarios/purchase-lookup/jobs/start-jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ admin: true, body: generateInputSchema }, ({ body }) => NextResponse.json(startGenerateJob(body), { status: 202 }));
