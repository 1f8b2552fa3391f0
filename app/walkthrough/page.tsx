import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { WalkthroughIndexProgress } from '@/components/walkthrough/index-progress';
import { walkthroughNames, walkthroughSteps } from '@/lib/walkthroughs/catalog';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  const t = await getTranslations('walkthrough.index');
  return { title: `${t('title')} · db-showdown` };
}

export default async function WalkthroughIndexPage() {
  const t = await getTranslations('walkthrough');
  return (
    <div className="mx-auto max-w-[1500px] space-y-6">
      <header>
        <h1 className="text-3xl font-bold">{t('index.title')}</h1>
        <p className="mt-2 max-w-4xl text-lg text-slate-600 dark:text-slate-400">{t('index.intro')}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-2">
        {walkthroughNames.map((name) => {
          const steps = walkthroughSteps[name];
          const href = `/walkthrough/${name}/${steps[0]}`;
          return (
            <section key={name} className="space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900" data-testid={`walkthrough-card-${name}`}>
              <header>
                <h2 className="text-2xl font-semibold">{t(`${name}.title`)}</h2>
                <p className="mt-1 text-base text-slate-600 dark:text-slate-400">{t(`${name}.subtitle`)}</p>
              </header>
              <ol className="list-decimal space-y-1 pl-6 text-base">
                {steps.map((step) => (
                  <li key={step}>
                    <Link href={`/walkthrough/${name}/${step}`} className="hover:underline">
                      {t(`${name}.steps.${step}.title`)}
                    </Link>
                  </li>
                ))}
              </ol>
              <div className="flex flex-wrap items-center gap-4">
                <Link href={href} data-testid={`start-${name}`} className="rounded-md bg-blue-600 px-5 py-2 text-lg font-semibold text-white hover:bg-blue-700">
                  {t('index.start')}
                </Link>
                <WalkthroughIndexProgress name={name} />
              </div>
              <p className="text-sm text-slate-500 dark:text-slate-400">
                {t('index.link')} <code className="font-mono break-all">{href}</code>
              </p>
            </section>
          );
        })}
      </div>
    </div>
  );
}
