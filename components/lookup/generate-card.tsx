'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { JobCard } from '@/components/lookup/job-card';
import { StopButton } from '@/components/lookup/stop-button';
import { jobButton, jobInput } from '@/components/lookup/styles';
import { useFormat } from '@/i18n/use-format';
import type { GenerateResult } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import type { LookupJobView } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';

interface Props {
  job: LookupJobView | null;
  startError: unknown;
  busy: boolean;
  running: boolean;
  onStart: (body: { purchases: number; seed: number }) => void;
  onStop: () => void;
}

/** Step 1: seeded relational data, bulk-loaded. */
export function GenerateCard({ job, startError, busy, running, onStart, onStop }: Props) {
  const t = useTranslations('lookup.generate');
  const f = useFormat();
  const [purchases, setPurchases] = useState('100000');
  const [seed, setSeed] = useState('20220306');
  const result = job?.status === 'succeeded' ? (job.result as GenerateResult) : null;
  const b = (chunks: ReactNode) => <b>{chunks}</b>;
  return (
    <JobCard
      step={1}
      kind="generate"
      title={t('title')}
      description={t('description')}
      job={job}
      startError={startError}
      controls={
        <>
          <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
            {t('purchases')}
            <input data-testid="generate-size" className={jobInput} type="number" min={1} max={2_000_000} value={purchases} onChange={(event) => setPurchases(event.target.value)} />
          </label>
          <label className="flex flex-col text-sm text-slate-600 dark:text-slate-400">
            {t('seed')}
            <input className={`${jobInput} w-36`} type="number" min={0} value={seed} onChange={(event) => setSeed(event.target.value)} />
          </label>
          <button
            type="button"
            data-testid="generate-button"
            disabled={busy}
            onClick={() => onStart({ purchases: Number(purchases), seed: Number(seed) })}
            className={`${jobButton} bg-legacy hover:brightness-110`}
          >
            {t('button')}
          </button>
          {running && <StopButton onStop={onStop} />}
        </>
      }
      summary={result && <p>{t.rich('summary', { rows: f.count(result.totalRows), purchases: f.count(result.purchases), time: f.duration(result.ms), b })}</p>}
    />
  );
}
