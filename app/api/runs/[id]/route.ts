// GET /api/runs/[id] – one run with its per-second rows and summary
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { runIdSchema } from '@/lib/load/api-schemas';
import { getRunOrThrow } from '@/lib/load/run-queries';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return withRoute({}, () => getRunOrThrow(runIdSchema.parse(id)))(request);
}
