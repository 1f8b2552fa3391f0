// POST /api/walkthroughs/[name]/start-over – undo what the walkthrough created and start its clock again (409 while something runs)
import type { NextRequest } from 'next/server';
import { withRoute } from '@/lib/http/with-route';
import { startWalkthroughOver } from '@/lib/walkthroughs/start-over';
import { startOverBodySchema, walkthroughNameSchema } from '@/lib/walkthroughs/walkthrough-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  return withRoute({ admin: true, body: startOverBodySchema }, () => startWalkthroughOver(walkthroughNameSchema.parse(name)))(request);
}
