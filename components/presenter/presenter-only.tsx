'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SignIn } from '@/components/presenter/sign-in';
import { usePresenter } from '@/components/presenter/use-presenter';

/**
 * Wraps a page's control area: a viewer (no presenter session while the server wants a token)
 * sees it read-only, every control inside disabled by the fieldset, with a word on why and the
 * sign-in beside it. The server refuses their control requests anyway (401); this is the why.
 */
export function PresenterOnly({ children }: { children: ReactNode }) {
  const presenterText = useTranslations('presenter');
  const { canControl, tokenRequired } = usePresenter();
  // Until the server answers, controls stay disabled rather than flash enabled for a viewer.
  const readOnly = canControl !== true;
  return (
    <div className="space-y-3">
      {tokenRequired !== false && (
        <div className="flex flex-wrap items-center gap-4 rounded border border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
          {readOnly && tokenRequired === true && (
            <p className="text-base font-medium text-amber-800 dark:text-amber-300" data-testid="presenter-read-only">
              {presenterText('readOnly')}
            </p>
          )}
          <SignIn />
        </div>
      )}
      <fieldset disabled={readOnly} data-read-only={readOnly} className="m-0 min-w-0 border-0 p-0 disabled:opacity-70">
        {children}
      </fieldset>
    </div>
  );
}
