import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { walkthroughNames, walkthroughSteps } from '@/lib/walkthroughs/catalog';

/** The home page's way in: both walkthroughs, each opening at its first step. */
export async function WalkthroughHomeLink() {
  const t = await getTranslations('walkthrough');
  return (
    <section aria-labelledby="walkthroughs-title" className="rounded-lg border-2 border-blue-600 bg-white p-5 shadow-sm dark:bg-slate-900" data-testid="home-walkthroughs">
      <h2 id="walkthroughs-title" className="text-2xl font-semibold">
        <Link href="/walkthrough" className="hover:underline">
          {t('home.title')} →
        </Link>
      </h2>
      <p className="mt-1 text-base text-slate-600 dark:text-slate-400">{t('home.body')}</p>
      <ul className="mt-3 flex flex-wrap gap-3">
        {walkthroughNames.map((name) => (
          <li key={name}>
            <Link href={`/walkthrough/${name}/${walkthroughSteps[name][0]}`} className="inline-block rounded-md bg-blue-600 px-4 py-2 text-base font-semibold text-white hover:bg-blue-700">
              {t(`${name}.title`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
