// GET /api/runs/live – Server-Sent Events: a snapshot of what is going, then every second of every run
import { withRoute } from '@/lib/http/with-route';
import { getLiveState, subscribeToRuns } from '@/lib/load/run-registry';
import { sseResponse } from '@/lib/load/sse-stream';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({}, ({ request }) =>
  sseResponse(request.signal, (send) => {
    send(getLiveState());
    return subscribeToRuns(send);
  }),
);
