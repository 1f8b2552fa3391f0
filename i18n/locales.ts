/** The UI's languages and how a request picks one. Client-safe: the header's switch imports it too. */

export const locales = ['en', 'ko'] as const;
export type Locale = (typeof locales)[number];

/** English unless the visitor's cookie or browser asks for Korean: the e2e suite and the CLI expect English. */
export const defaultLocale: Locale = 'en';

/** next-intl's usual cookie name; set by POST /api/locale, read on every request. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** A year: the choice outlives a workshop week. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** Each language's name in itself, for the switch. */
export const localeNames: Record<Locale, string> = { en: 'English', ko: '한국어' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The best of our locales for an Accept-Language header ("ko-KR,ko;q=0.9,en;q=0.8"): by quality,
 * then by order; a region tag matches its language; `*` and unknown languages never win over a match.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}

/** The cookie wins (the visitor chose it in the header); else the browser's languages. */
export function pickLocale(cookieValue: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(cookieValue) ? cookieValue : negotiateLocale(acceptLanguage);
}
