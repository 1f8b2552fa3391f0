// POST /api/locale {"locale":"ko"} – the header's language switch; sets the NEXT_LOCALE cookie
import { localeInput, localeResponse } from '@/i18n/locale-cookie';
import { withRoute } from '@/lib/http/with-route';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withRoute({ body: localeInput }, ({ body }) => localeResponse(body.locale));
