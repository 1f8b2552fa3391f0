'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ErrorNote } from '@/components/error-note';
import { JobProgress } from '@/components/lookup/progress-bar';
import { errorBox } from '@/components/lookup/styles';
import type { LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

const statusClass: Record<LookupJobView['status'], string> = {
  running: 'bg-blue-100 text-blue-800 dark:bg-blue-950 dark:text-blue-200',
  succeeded: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  failed: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200',
  interrupted: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
};

/** One step of the pipeline: what it does, its controls, its latest job and the outcome. */
export function JobCard(props: {
  step: number;
  kind: LookupJobView['kind'];
  title: string;
  description: ReactNode;
  job: LookupJobView | null;
  controls: ReactNode;
  startError: unknown;
  summary?: ReactNode;
  children?: ReactNode;
}) {
  const t = useTranslations('lookup.job');
  const { job } = props;
  return (
    <article data-testid={`job-${props.kind}`} data-status={job?.status ?? 'idle'} className="flex min-w-0 flex-col gap-4 rounded-lg bg-white p-5 shadow-sm dark:bg-slate-900">
      <header className="flex items-start gap-3">
        <span className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-slate-900 text-lg font-bold text-white dark:bg-slate-100 dark:text-slate-900">
          {props.step}
        </span>
        <div className="min-w-0 flex-1">
          <h3 className="text-xl font-semibold">{props.title}</h3>
          <p className="text-base text-slate-600 dark:text-slate-400">{props.description}</p>
        </div>
        {job && <span className={`rounded px-2 py-1 text-sm font-semibold whitespace-nowrap ${statusClass[job.status]}`}>{t('status', { status: job.status })}</span>}
      </header>
      <div className="flex flex-wrap items-end gap-3">{props.controls}</div>
      {props.startError ? <ErrorNote error={props.startError} className={errorBox} /> : null}
      {job && <JobProgress job={job} />}
      {job?.status === 'failed' && job.error && (
        // The job's own failure text, as the server caught it.
        <p role="alert" data-testid={`error-${props.kind}`} className={errorBox}>
          {job.error}
        </p>
      )}
      {props.summary && <div className="text-base">{props.summary}</div>}
      {props.children}
    </article>
  );
}
