'use client';

import { useTranslations } from 'next-intl';
import { exportFormats } from '@/lib/load/api-schemas';

/** Download links for one run, or two side by side when `compareId` is given. The files themselves stay English. */
export function ExportLinks({ runId, compareId, title }: { runId: string; compareId?: string; title?: string }) {
  const t = useTranslations('runs.export');
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid={compareId ? 'export-pair' : `export-${runId}`}>
      <span className="text-base font-medium text-slate-600 dark:text-slate-300">{title ?? t('title')}</span>
      {exportFormats.map((format) => (
        <a
          key={format}
          href={`/api/runs/${runId}/export?format=${format}${compareId ? `&compare=${compareId}` : ''}`}
          download
          data-testid={`download-${format}`}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-base font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          {t(format)}
        </a>
      ))}
    </div>
  );
}
