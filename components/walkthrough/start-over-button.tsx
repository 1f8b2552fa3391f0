'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { walkthroughSteps, type WalkthroughName } from '@/lib/walkthroughs/catalog';

/** Undoes what the walkthrough created (on the server) and goes back to its first step. */
export function useStartOver(name: WalkthroughName, onDone?: () => void) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await apiFetch(`/api/walkthroughs/${name}/start-over`, { method: 'POST', body: {} });
      onDone?.();
      router.push(`/walkthrough/${name}/${walkthroughSteps[name][0]}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error };
}

export function StartOverButton({ name, onDone }: { name: WalkthroughName; onDone?: () => void }) {
  const t = useTranslations('walkthrough.common');
  const { run, pending, error } = useStartOver(name, onDone);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        data-testid="start-over"
        disabled={pending}
        onClick={() => {
          if (window.confirm(t('startOverConfirm'))) void run();
        }}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {pending ? t('startingOver') : t('startOver')}
      </button>
      {error !== null && <ErrorNote error={error} />}
    </div>
  );
}
