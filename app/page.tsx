import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StatusStrip } from '@/components/status-strip';
import { WalkthroughHomeLink } from '@/components/walkthrough/walkthrough-home-link';

const scenarios = [
  { href: '/lookup', key: 'lookup' },
  { href: '/offer', key: 'offer' },
] as const;

export default async function HomePage() {
  const t = await getTranslations('home');
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-3xl text-lg text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </section>
      <WalkthroughHomeLink />
      <section aria-labelledby="backends-title">
        <h2 id="backends-title" className="mb-3 text-xl font-semibold">
          {t('backends')}
        </h2>
        <StatusStrip />
      </section>
      <section className="grid gap-6 md:grid-cols-2">
        {scenarios.map((s) => (
          <Link key={s.href} href={s.href} className="block rounded-lg bg-white p-6 shadow-sm hover:shadow-md dark:bg-slate-900">
            <h2 className="text-2xl font-semibold">{t(`${s.key}.title`)} →</h2>
            <p className="mt-3">
              <span className="font-semibold text-legacy">{t('legacyLabel')}</span> {t(`${s.key}.legacy`)}
            </p>
            <p className="mt-1">
              <span className="font-semibold text-modern">{t('modernLabel')}</span> {t(`${s.key}.modern`)}
            </p>
          </Link>
        ))}
      </section>
    </div>
  );
}
