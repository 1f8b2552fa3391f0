import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, locales } from '@/i18n/locales';

export const localeInput = z.object({ locale: z.enum(locales) }).strict();

/** The answer to the header's switch: the chosen locale as a cookie every later request carries. */
export function localeResponse(locale: z.infer<typeof localeInput>['locale']): NextResponse {
  const response = NextResponse.json({ locale });
  response.cookies.set(LOCALE_COOKIE, locale, { path: '/', maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: 'lax', httpOnly: false });
  return response;
}
