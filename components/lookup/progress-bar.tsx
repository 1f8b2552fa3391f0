'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

const barColour: Record<LookupJobView['status'], string> = {
  running: 'bg-modern',
  succeeded: 'bg-emerald-500',
  failed: 'bg-red-500',
  interrupted: 'bg-amber-500',
};

/** Rows done of total, rows per second, ETA and elapsed time of one job. */
export function JobProgress({ job }: { job: LookupJobView }) {
  const t = useTranslations('lookup.job');
  const f = useFormat();
  const fraction = job.total > 0 ? Math.min(1, job.done / job.total) : job.status === 'succeeded' ? 1 : 0;
  const percent = Math.round(fraction * 1000) / 10;
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-3 text-base">
        {/* While it runs, the phase as the server names it (e.g. "Recreating DynamoDB table"); after, its outcome. */}
        <span className="truncate font-medium" data-testid={`phase-${job.kind}`}>
          {job.status === 'running' ? job.phase : t('status', { status: job.status })}
        </span>
        <span className="font-mono tabular-nums">{f.decimal(percent, 1)}%</span>
      </div>
      <div
        className="h-4 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        role="progressbar"
        aria-label={t('progress', { kind: job.kind })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={`h-full rounded-full transition-[width] duration-300 ${barColour[job.status]}`} style={{ width: `${percent}%` }} />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-[minmax(0,1.8fr)_repeat(3,minmax(0,1fr))]">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('done')}</dt>
          <dd className="font-mono text-base break-words tabular-nums">
            {f.count(job.done)}
            <span className="text-slate-500 dark:text-slate-400"> / {f.count(job.total)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{job.unit === 'purchases' ? t('purchasesPerSecond') : t('rowsPerSecond')}</dt>
          <dd className="font-mono text-base tabular-nums">{f.count(job.rowsPerSecond)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('eta')}</dt>
          <dd className="font-mono text-base tabular-nums">{job.status === 'running' && job.etaSeconds !== null ? f.duration(job.etaSeconds * 1000) : '—'}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t('elapsed')}</dt>
          <dd className="font-mono text-base tabular-nums">{f.duration(job.elapsedMs)}</dd>
        </div>
      </dl>
    </div>
  );
}
