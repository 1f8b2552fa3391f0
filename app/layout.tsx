import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import './globals.css';

// The files live in public/ (rendered from public/icon.svg).
const shared: Metadata = {
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
  },
  manifest: '/manifest.webmanifest',
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common.meta');
  const title = t('title');
  const description = t('description');
  return {
    ...shared,
    title,
    description,
    openGraph: { title, description, type: 'website', images: [{ url: '/og-image.png', width: 1200, height: 630, alt: 'db-showdown: PostgreSQL and Oracle against DynamoDB and Redis' }] },
    twitter: { card: 'summary_large_image', title, description, images: ['/og-image.png'] },
  };
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
