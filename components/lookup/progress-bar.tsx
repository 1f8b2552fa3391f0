import type { LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import { formatCount, formatDuration } from '@/components/lookup/format';

const barColour: Record<LookupJobView['status'], string> = {
  running: 'bg-modern',
  succeeded: 'bg-emerald-500',
  failed: 'bg-red-500',
  interrupted: 'bg-amber-500',
};

/** Rows done of total, rows per second, ETA and elapsed time of one job. */
export function JobProgress({ job }: { job: LookupJobView }) {
  const fraction = job.total > 0 ? Math.min(1, job.done / job.total) : job.status === 'succeeded' ? 1 : 0;
  const percent = Math.round(fraction * 1000) / 10;
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-3 text-base">
        <span className="truncate font-medium" data-testid={`phase-${job.kind}`}>
          {job.phase}
        </span>
        <span className="font-mono tabular-nums">{percent.toFixed(1)}%</span>
      </div>
      <div
        className="h-4 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        role="progressbar"
        aria-label={`${job.kind} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className={`h-full rounded-full transition-[width] duration-300 ${barColour[job.status]}`} style={{ width: `${percent}%` }} />
      </div>
      <dl className="grid grid-cols-[minmax(0,1.8fr)_repeat(3,minmax(0,1fr))] gap-2 text-sm">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Done</dt>
          <dd className="whitespace-nowrap font-mono text-base tabular-nums">
            {formatCount(job.done)}
            <span className="text-slate-500 dark:text-slate-400"> / {formatCount(job.total)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{job.unit === 'purchases' ? 'Purchases/s' : 'Rows/s'}</dt>
          <dd className="font-mono text-base tabular-nums">{formatCount(job.rowsPerSecond)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">ETA</dt>
          <dd className="font-mono text-base tabular-nums">{job.status === 'running' && job.etaSeconds !== null ? formatDuration(job.etaSeconds * 1000) : '—'}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">Elapsed</dt>
          <dd className="font-mono text-base tabular-nums">{formatDuration(job.elapsedMs)}</dd>
        </div>
      </dl>
    </div>
  );
}
