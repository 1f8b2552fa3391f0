// GET /api/walkthroughs/[name] – every step's completion, computed from the real state, and the attendee's figures
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { walkthroughNameSchema } from '@/lib/walkthroughs/walkthrough-schemas';
import { readWalkthroughProgress } from '@/lib/walkthroughs/read-progress';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  return withRoute({}, () => readWalkthroughProgress(walkthroughNameSchema.parse(name)))(request);
}
