import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.meta');
  return { title: t('title'), description: t('description') };
}

// Applied before paint so a dark presenter screen never flashes white.
const themeScript = `try{if(localStorage.getItem('theme')==='dark'||(!localStorage.getItem('theme')&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {/* Locale, messages and time zone come from i18n/request.ts. */}
        <NextIntlClientProvider>
          <SiteHeader />
          <main className="mx-auto max-w-[1800px] px-3 py-6 sm:px-6">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
