import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { EngineBadge } from '@/components/engine-badge';
import { ThemeToggle } from '@/components/theme-toggle';
import './globals.css';

const description = 'Legacy relational database vs. purpose-built databases, live and side by side.';

// The files live in public/ (rendered from public/icon.svg).
export const metadata: Metadata = {
  title: 'db-showdown',
  description,
  icons: {
    icon: [
      { url: '/favicon.ico', sizes: '32x32' },
      { url: '/icon.svg', type: 'image/svg+xml' },
    ],
    apple: { url: '/apple-touch-icon.png', sizes: '180x180' },
  },
  manifest: '/manifest.webmanifest',
  openGraph: { title: 'db-showdown', description, type: 'website', images: [{ url: '/og-image.png', width: 1200, height: 630, alt: 'db-showdown: PostgreSQL and Oracle against DynamoDB and Redis' }] },
  twitter: { card: 'summary_large_image', title: 'db-showdown', description, images: ['/og-image.png'] },
};

const nav = [
  { href: '/', label: 'Status' },
  { href: '/lookup', label: 'Purchase lookup' },
  { href: '/offer', label: 'Limited offer' },
  { href: '/runs', label: 'Load runs' },
  { href: '/latency', label: 'GetItem latency' },
];

// Applied before paint so a dark presenter screen never flashes white.
const themeScript = `try{if(localStorage.getItem('theme')==='dark'||(!localStorage.getItem('theme')&&matchMedia('(prefers-color-scheme: dark)').matches))document.documentElement.classList.add('dark')}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <div className="mx-auto flex max-w-[1800px] items-center gap-6 px-6 py-3">
            <Link href="/" className="text-xl font-bold tracking-tight">
              db<span className="text-modern">-showdown</span>
            </Link>
            <nav className="flex gap-4 text-base">
              {nav.map((item) => (
                <Link key={item.href} href={item.href} className="rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                  {item.label}
                </Link>
              ))}
            </nav>
            <div className="ml-auto flex items-center gap-3">
              <EngineBadge />
              <ThemeToggle />
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-[1800px] px-6 py-6">{children}</main>
      </body>
    </html>
  );
}
