// POST /api/offer/reset – stock back to N in the table and in Redis, history emptied (the workshop's purge)
import { withRoute } from '@/lib/http/with-route';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';
import { resetInput } from '@/lib/scenarios/limited-offer/offer-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ body: resetInput, admin: true }, ({ body }) => resetOffer(body));
