// GET /api/offer/settings – the payment delay in force; POST – change it for every order path at once
import { withRoute } from '@/lib/http/with-route';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { noQuery, settingsInput } from '@/lib/scenarios/limited-offer/offer-schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withRoute({ query: noQuery }, () => getOfferSettings());

export const POST = withRoute({ body: settingsInput, admin: true }, ({ body }) => updateOfferSettings(body));
