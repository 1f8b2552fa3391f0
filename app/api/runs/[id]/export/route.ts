// GET /api/runs/[id]/export?format=json|csv|html&compare=<id> – download a run, or two side by side
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { exportQuerySchema, runIdSchema } from '@/lib/load/api-schemas';
import { exportRuns } from '@/lib/load/run-queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({ query: exportQuerySchema }, ({ query }) => exportRuns(runIdSchema.parse(id), query.format, query.compare))(request);
}
