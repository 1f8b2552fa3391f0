// GET /api/offer/audit – initial stock, stock left in the table and in Redis, orders recorded, oversold, balanced
import { withRoute } from '@/lib/http/with-route';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { noQuery } from '@/lib/scenarios/limited-offer/offer-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: noQuery }, () => auditOffer());
