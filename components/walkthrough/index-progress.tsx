'use client';

import { useTranslations } from 'next-intl';
import { useWalkthroughProgress } from '@/components/walkthrough/use-walkthrough-progress';
import type { WalkthroughName } from '@/lib/walkthroughs/catalog';

/** "3 of 7 steps done", read from the data like the steps themselves. */
export function WalkthroughIndexProgress({ name }: { name: WalkthroughName }) {
  const t = useTranslations('walkthrough.index');
  const { progress } = useWalkthroughProgress(name);
  if (!progress) return null;
  const done = progress.steps.filter((step) => step.done).length;
  return (
    <span className="text-base text-slate-600 dark:text-slate-300" data-testid={`progress-${name}`} data-done={done}>
      {t('stepsDone', { done, total: progress.steps.length })}
    </span>
  );
}
