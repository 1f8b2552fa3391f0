// GET /api/offer/burst – the running or last burst with its progress; POST – start one; DELETE – stop it
import { withRoute } from '@/lib/http/with-route';
import { getBurst, startBurst, stopBurst } from '@/lib/scenarios/limited-offer/burst';
import { burstInput, noQuery } from '@/lib/scenarios/limited-offer/offer-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: noQuery }, () => ({ burst: getBurst() }));

export const POST = withRoute({ body: burstInput, admin: true }, ({ body }) => ({ burst: startBurst(body) }));

export const DELETE = withRoute({ admin: true }, () => ({ burst: stopBurst() }));
