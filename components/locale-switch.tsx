'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { localeNames, locales, type Locale } from '@/i18n/locales';
import { useErrorText } from '@/i18n/use-error-text';

/** English / 한국어 in the header: the choice is a cookie (POST /api/locale), then the page re-renders. */
export function LocaleSwitch({ current }: { current: Locale }) {
  const t = useTranslations('common.language');
  const errorText = useErrorText();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<string | null>(null);

  const choose = (locale: Locale) => {
    if (locale === current) return;
    setFailure(null);
    startTransition(async () => {
      try {
        await apiFetch('/api/locale', { method: 'POST', body: { locale } });
        router.refresh();
      } catch (error) {
        setFailure(t('failed', { error: errorText(error).text }));
      }
    });
  };

  return (
    <div role="group" aria-label={t('label')} className="flex items-center" data-testid="locale-switch" title={failure ?? undefined}>
      <div className={`inline-flex overflow-hidden rounded border text-sm ${failure ? 'border-red-500' : 'border-slate-300 dark:border-slate-700'}`}>
        {locales.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={locale === current}
            disabled={pending}
            onClick={() => choose(locale)}
            className={`px-2.5 py-1 ${locale === current ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
          >
            {localeNames[locale]}
          </button>
        ))}
      </div>
      {failure && (
        <span role="alert" className="sr-only">
          {failure}
        </span>
      )}
    </div>
  );
}
