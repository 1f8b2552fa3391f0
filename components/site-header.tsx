import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { EngineBadge } from '@/components/engine-badge';
import { LocaleSwitch } from '@/components/locale-switch';
import { ThemeToggle } from '@/components/theme-toggle';
import { isLocale, defaultLocale } from '@/i18n/locales';

const nav = [
  { href: '/', key: 'status' },
  { href: '/lookup', key: 'lookup' },
  { href: '/offer', key: 'offer' },
  { href: '/runs', key: 'runs' },
  { href: '/sweeps', key: 'sweeps' },
  { href: '/latency', key: 'latency' },
] as const;

/**
 * Logo, pages, the legacy engine, language and theme. On a phone the links wrap onto their own
 * rows under the logo instead of running off the screen.
 */
export async function SiteHeader() {
  const t = await getTranslations('common.nav');
  const locale = await getLocale();
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      {/* Phone: logo and switches on the first row, the engine, then the links wrapping below. Wide: one row. */}
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center gap-x-6 gap-y-2 px-3 py-3 sm:px-6">
        <Link href="/" className="order-1 text-xl font-bold tracking-tight">
          db<span className="text-modern">-showdown</span>
        </Link>
        <nav aria-label={t('label')} className="order-4 flex w-full flex-wrap gap-x-1 gap-y-1 text-base lg:order-2 lg:w-auto lg:gap-x-4">
          {nav.map((item) => (
            <Link key={item.href} href={item.href} className="rounded px-2 py-1 whitespace-nowrap hover:bg-slate-100 dark:hover:bg-slate-800">
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <div className="order-3 lg:ml-auto">
          <EngineBadge />
        </div>
        <div className="order-2 ml-auto flex items-center gap-2 sm:gap-3 lg:order-4 lg:ml-0">
          <LocaleSwitch current={isLocale(locale) ? locale : defaultLocale} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
