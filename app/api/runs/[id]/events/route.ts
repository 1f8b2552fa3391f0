// GET /api/runs/[id]/events – Server-Sent Events for one run: its record so far, each second, its end
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { runIdSchema } from '@/lib/load/api-schemas';
import { followRun } from '@/lib/load/follow-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({}, () => followRun(runIdSchema.parse(id), request.signal))(request);
}
