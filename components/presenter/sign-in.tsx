'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { signInPresenter, signOutPresenter, usePresenter, type SignInOutcome } from '@/components/presenter/use-presenter';

/**
 * The presenter's sign-in: the token typed once, exchanged for an httpOnly session cookie (the
 * page's script never holds it afterwards). Shows nothing when the server needs no token.
 */
export function SignIn() {
  const presenterText = useTranslations('presenter');
  const { canControl, tokenRequired } = usePresenter();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Exclude<SignInOutcome, 'ok'> | null>(null);

  if (tokenRequired === null) return <p className="text-sm text-slate-500">{presenterText('checking')}</p>;
  if (!tokenRequired) return null;

  if (canControl) {
    return (
      <div className="flex items-center gap-3 text-sm" data-testid="presenter-signed-in">
        <span className="text-slate-600 dark:text-slate-400">{presenterText('signedIn')}</span>
        <button
          type="button"
          onClick={() => void signOutPresenter()}
          className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {presenterText('signOut')}
        </button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await signInPresenter(token);
    setBusy(false);
    if (outcome === 'ok') {
      setToken('');
      setProblem(null);
    } else {
      setProblem(outcome);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-wrap items-center gap-2 text-sm" data-testid="presenter-sign-in">
      <label className="flex items-center gap-2">
        <span>{presenterText('tokenLabel')}</span>
        <input
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(event) => setToken(event.target.value)}
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <button
        type="submit"
        disabled={busy || token === ''}
        className="rounded bg-slate-800 px-3 py-1 text-white hover:bg-slate-700 disabled:opacity-50 dark:bg-slate-200 dark:text-slate-900"
      >
        {busy ? presenterText('signingIn') : presenterText('signIn')}
      </button>
      {problem && (
        <span role="alert" className="text-red-700 dark:text-red-300">
          {presenterText(problem)}
        </span>
      )}
    </form>
  );
}
