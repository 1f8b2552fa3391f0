'use client';

import { useTranslations } from 'next-intl';
import { ErrorNote } from '@/components/error-note';
import { DataCounts } from '@/components/lookup/data-counts';
import { GenerateCard } from '@/components/lookup/generate-card';
import { MigrateCard } from '@/components/lookup/migrate-card';
import { StagingCard } from '@/components/lookup/staging-card';
import { useLookupJobs } from '@/components/lookup/use-lookup-jobs';
import { useLookupStatus } from '@/components/lookup/use-lookup-status';

/** Data status, the Generate → Build staging → Migrate pipeline with live progress, and validation. */
export function LookupConsole() {
  const t = useTranslations('lookup');
  const { status, error, refresh } = useLookupStatus();
  const { start, stop, startErrors, pending } = useLookupJobs(refresh);
  const running = status?.running ?? null;
  const busy = running !== null || pending !== null;
  const jobs = status?.jobs;

  return (
    <div className="space-y-6">
      {error ? <ErrorNote error={error} prefix={t('statusUnavailable')} className="rounded bg-red-100 p-4 text-lg text-red-800 dark:bg-red-950 dark:text-red-200" /> : null}
      <DataCounts status={status} onRecount={() => refresh({ recount: true })} />

      <section aria-labelledby="pipeline-title" className="space-y-3">
        <h2 id="pipeline-title" className="text-2xl font-semibold">
          {t('pipeline.title')}
        </h2>
        <div className="grid gap-5 xl:grid-cols-3">
          <GenerateCard
            job={jobs?.generate ?? null}
            startError={startErrors.generate}
            busy={busy}
            running={running === 'generate'}
            onStart={(body) => void start('generate', body)}
            onStop={() => void stop()}
          />
          <StagingCard
            job={jobs?.staging ?? null}
            startError={startErrors.staging}
            busy={busy}
            running={running === 'staging'}
            onStart={() => void start('staging', {})}
            onStop={() => void stop()}
          />
          <MigrateCard status={status} startError={startErrors.migrate} busy={busy} onStart={(body) => void start('migrate', body)} onStop={() => void stop()} />
        </div>
      </section>
    </div>
  );
}
