'use client';

import { useTranslations } from 'next-intl';
import { useHealth } from '@/components/use-health';

/** What the legacy side is really connected to, from the live health check, on every page. */
export function EngineBadge() {
  const t = useTranslations('common.engineBadge');
  const { backends } = useHealth(10_000);
  const relational = backends?.find((b) => b.backend === 'relational');
  if (!relational) return null;
  return (
    <span
      data-testid="engine-badge"
      title={relational.ok ? t('title', { address: relational.address ?? '' }) : relational.error}
      className={`rounded-full px-3 py-1 text-sm font-semibold whitespace-nowrap ${relational.ok ? 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200' : 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200'}`}
    >
      {relational.ok ? t('up', { engine: relational.engine ?? '', version: relational.version ?? '' }) : t('down')}
    </span>
  );
}
