// GET /api/sweeps/[id]/export?format=json|csv|html – download a sweep with its points (HTML: the curves, self-contained)
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { exportSweep } from '@/lib/load/sweeps/sweep-queries';
import { sweepExportQuerySchema, sweepIdSchema } from '@/lib/load/sweeps/sweep-settings';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({ query: sweepExportQuerySchema }, ({ query }) => exportSweep(sweepIdSchema.parse(id), query.format))(request);
}
