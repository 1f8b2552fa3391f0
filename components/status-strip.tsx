'use client';

import { useTranslations } from 'next-intl';
import { useHealth } from '@/components/use-health';
import { useFormat } from '@/i18n/use-format';
import { useErrorText } from '@/i18n/use-error-text';

const POLL_MS = 500;

/** Polls /api/health twice a second so a backend going down turns red within two seconds. */
export function StatusStrip() {
  const t = useTranslations('home.status');
  const f = useFormat();
  const errorText = useErrorText();
  const { backends, failure } = useHealth(POLL_MS);

  if (failure) return <p className="rounded bg-red-100 p-4 text-red-800 dark:bg-red-950 dark:text-red-200">{t('failed', { error: errorText(failure).text })}</p>;
  if (!backends)
    return (
      <p className="text-slate-500" role="status">
        {t('checking')}
      </p>
    );

  return (
    <ul className="grid gap-4 md:grid-cols-3" aria-label={t('label')}>
      {backends.map((b) => (
        <li
          key={b.backend}
          data-testid={`health-${b.backend}`}
          data-ok={b.ok}
          className={`rounded-lg border-l-8 bg-white p-4 shadow-sm dark:bg-slate-900 ${b.ok ? 'border-emerald-500' : 'border-red-500'}`}
        >
          <div className="flex items-baseline justify-between">
            <h3 className="text-lg font-semibold">{t(b.backend)}</h3>
            <span className={`text-sm font-bold ${b.ok ? 'text-emerald-600' : 'text-red-600'}`}>{b.ok ? t('ok') : t('down')}</span>
          </div>
          {b.ok ? (
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
              <dt className="text-slate-500">{t('engine')}</dt>
              <dd>{b.engine}</dd>
              <dt className="text-slate-500">{t('version')}</dt>
              <dd>{b.version}</dd>
              <dt className="text-slate-500">{t('address')}</dt>
              <dd className="font-mono break-all">{b.address}</dd>
              <dt className="text-slate-500">{t('ping')}</dt>
              <dd>{f.decimal(b.pingMs, 1)} ms</dd>
            </dl>
          ) : (
            // The backend's own reason (driver text), as the server reports it.
            <p className="mt-2 text-sm text-red-700 dark:text-red-300">{b.error}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
