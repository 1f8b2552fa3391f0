// GET /api/sweeps/[id] – one sweep with its points (the live record while it runs)
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { getSweepOrThrow } from '@/lib/load/sweeps/sweep-queries';
import { sweepIdSchema } from '@/lib/load/sweeps/sweep-settings';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({}, () => getSweepOrThrow(sweepIdSchema.parse(id)))(request);
}
