'use client';

import { useTranslations } from 'next-intl';
import { JobCard } from '@/components/lookup/job-card';
import { StopButton } from '@/components/lookup/stop-button';
import { jobButton } from '@/components/lookup/styles';
import { useFormat } from '@/i18n/use-format';
import type { StagingResult } from '@/lib/scenarios/purchase-lookup/build-staging';
import type { LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

interface Props {
  job: LookupJobView | null;
  startError: unknown;
  busy: boolean;
  running: boolean;
  onStart: () => void;
  onStop: () => void;
}

/** Step 2: the workshop's pivot into the staging table. */
export function StagingCard({ job, startError, busy, running, onStart, onStop }: Props) {
  const t = useTranslations('lookup.staging');
  const f = useFormat();
  const result = job?.status === 'succeeded' ? (job.result as StagingResult) : null;
  return (
    <JobCard
      step={2}
      kind="staging"
      title={t('title')}
      description={t.rich('description', { code: (chunks) => <span className="font-mono break-all">{chunks}</span> })}
      job={job}
      startError={startError}
      controls={
        <>
          <button type="button" data-testid="staging-button" disabled={busy} onClick={onStart} className={`${jobButton} bg-slate-700 hover:bg-slate-800 dark:bg-slate-600 dark:hover:bg-slate-500`}>
            {t('button')}
          </button>
          {running && <StopButton onStop={onStop} />}
        </>
      }
      summary={result && <p>{t.rich('summary', { rows: f.count(result.rows), time: f.duration(result.ms), b: (chunks) => <b>{chunks}</b> })}</p>}
    />
  );
}
