// POST /api/lookup/migrate – start migrating staging into DynamoDB { mode: resume|restart, concurrency } (202, 409 while a job runs)
import { NextResponse } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { migrateInputSchema, startMigrateJob } from '@/lib/scenarios/purchase-lookup/jobs/start-jobs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ admin: true, body: migrateInputSchema }, ({ body }) => NextResponse.json(startMigrateJob(body), { status: 202 }));
