import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from '@/i18n/load-messages';
import { LOCALE_COOKIE, pickLocale } from '@/i18n/locales';

/**
 * next-intl without i18n routing: paths stay /, /lookup, /offer… and the locale comes from the
 * NEXT_LOCALE cookie (the header's switch), else from Accept-Language, else English.
 */
export default getRequestConfig(async () => {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get('accept-language'));
  return {
    locale,
    messages: loadMessages(locale),
    // Server components format no clock times; client components use the browser's zone (components/i18n-provider.tsx).
    timeZone: 'UTC',
  };
});
