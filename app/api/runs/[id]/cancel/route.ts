// POST /api/runs/[id]/cancel – stop the run (or showdown) with this id; the generator is gone within 1 s
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { runIdSchema } from '@/lib/load/api-schemas';
import { cancelRun } from '@/lib/load/run-registry';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({ admin: true }, () => cancelRun(runIdSchema.parse(id)))(request);
}
