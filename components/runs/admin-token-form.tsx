'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { rememberAdminToken } from '@/components/api/client-fetch';

/** Shown after a 401: the token is kept for this tab and sent with every later call. */
export function AdminTokenForm({ onSaved }: { onSaved: () => void }) {
  const t = useTranslations('runs.controls');
  const [token, setToken] = useState('');
  return (
    <form
      className="mt-2 flex flex-wrap gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        rememberAdminToken(token);
        onSaved();
      }}
    >
      <input type="password" value={token} onChange={(event) => setToken(event.target.value)} placeholder={t('adminToken')} aria-label={t('adminToken')} className="rounded border px-3 py-1 text-base text-slate-900" />
      <button type="submit" className="rounded bg-slate-800 px-3 py-1 text-white">
        {t('useToken')}
      </button>
    </form>
  );
}
