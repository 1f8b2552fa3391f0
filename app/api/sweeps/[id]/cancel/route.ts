// POST /api/sweeps/[id]/cancel – stop the sweep: the level going now ends within a second, no further level starts
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { cancelSweep } from '@/lib/load/sweeps/sweep-queries';
import { sweepIdSchema } from '@/lib/load/sweeps/sweep-settings';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({ admin: true }, () => cancelSweep(sweepIdSchema.parse(id)))(request);
}
