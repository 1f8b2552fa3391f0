'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ErrorNote } from '@/components/error-note';
import { JobProgress } from '@/components/lookup/progress-bar';
import { startLookupJob } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { engineLabel, type LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { JoinedRows, PivotRow } from '@/components/walkthrough/lookup/purchase-views';
import { useExploration } from '@/components/walkthrough/lookup/use-exploration';
import { NumberField, clampInteger } from '@/components/walkthrough/number-field';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { lookupDefaults } from '@/lib/walkthroughs/catalog';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { lookupWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopJoinSql, workshopPivotSql } from '@/lib/walkthroughs/workshop-listings';

export function LegacyDataStep({ progress, status, refresh, origin, shell }: LookupStepProps) {
  const t = useTranslations('walkthrough.purchase-lookup.steps.legacy-data');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [purchases, setPurchases] = useState(String(lookupDefaults.purchases));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const data = progress?.figures.data ?? null;
  const hasData = (data?.purchases ?? 0) > 0;
  const job = status?.jobs.generate ?? null;
  const running = status?.running ?? progress?.busy.lookupJob ?? null;
  const exploration = useExploration(hasData && running !== 'generate', `${data?.generatedAt}|${progress?.figures.staging?.builtAt}`);
  const engine = engineLabel(progress?.env.relationalEngine);
  const count = clampInteger(purchases, 1, 2_000_000, lookupDefaults.purchases);

  const generate = async () => {
    setPending(true);
    setError(null);
    try {
      await startLookupJob('generate', { purchases: count, seed: lookupDefaults.seed });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const view = exploration.view;
  const lines = view?.joinedRows.length ?? null;
  return (
    <StepShell
      {...shell}
      workshop={
        <div className="space-y-3">
          <CodeBlock label={t('workshopJoin')} text={workshopJoinSql} />
          <CodeBlock label={t('workshopPivot')} text={workshopPivotSql} maxHeight />
        </div>
      }
      action={
        <PrimaryAction
          label={t('action')}
          hint={t('actionHint')}
          onRun={() => void generate()}
          pending={pending}
          disabled={running !== null}
          busyNote={running ? common('busyJob', { job: running }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
          tone="legacy"
        >
          <NumberField name="purchases" label={common('purchases')} value={purchases} onChange={setPurchases} min={1} max={2_000_000} />
        </PrimaryAction>
      }
      live={job && (job.status === 'running' || running === 'generate') ? <div className="mt-4" data-testid="job-progress"><JobProgress job={job} /></div> : undefined}
      result={
        hasData && data ? (
          <div className="space-y-4">
            <div>
              <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t('counts')}</h3>
              <dl className="mt-1 grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-5">
                {(
                  [
                    ['customer', data.customers],
                    ['product', data.products],
                    ['seller', data.sellers],
                    ['purchase', data.purchaseLines],
                    ['purchaseid', data.purchases],
                  ] as const
                ).map(([table, value]) => (
                  <div key={table} className="rounded bg-slate-50 px-2 py-1 dark:bg-slate-800/60">
                    <dt className="text-xs text-slate-500">{table}</dt>
                    <dd className="text-base tabular-nums" data-testid={`count-${table}`}>
                      {format.count(value)}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
            {exploration.error !== null && <ErrorNote error={exploration.error} />}
            {view && (
              <div className="space-y-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{t('joinedTitle', { engine })}</h3>
                  <button type="button" data-testid="another-purchase" onClick={exploration.another} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
                    {t('random')}
                  </button>
                </div>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t('joinedSubtitle', { purchaseId: view.key.purchaseId, customerId: view.key.customerId, lines: view.joinedRows.length })}
                </p>
                <JoinedRows rows={view.joinedRows} />
                <h3 className="font-semibold">{t('pivotTitle', { engine })}</h3>
                {view.stagingRow ? <PivotRow row={view.stagingRow} /> : <p className="text-sm text-slate-500">{t('pivotPending')}</p>}
              </div>
            )}
          </div>
        ) : undefined
      }
      figures={
        hasData && data
          ? {
              rows: [
                { key: 'lines', label: t('figLines'), workshop: format.count(lookupWorkshop.purchaseOneLines), yours: format.count(lines), value: lines },
                { key: 'purchases', label: t('figPurchases'), workshop: format.count(lookupWorkshop.dmsRows), yours: format.count(data.purchases), value: data.purchases },
              ],
              differs: lines !== null && lines !== lookupWorkshop.purchaseOneLines ? [t('differsLines')] : [],
            }
          : undefined
      }
      check={t('check', { purchases: format.count(data?.purchases ?? 0) })}
      commands={stepCommands('purchase-lookup', 'legacy-data', commandContext(origin, progress, { purchases: count }))}
    />
  );
}

/** The numbers the terminal commands carry: the step's settings and the app's names. */
export function commandContext(origin: string, progress: LookupStepProps['progress'], overrides: Partial<{ purchases: number; connections: number; durationSeconds: number }> = {}) {
  return {
    base: origin,
    table: progress?.env.lookupTable ?? 'purchase_t',
    stockKey: progress?.env.stockKey ?? 'prod-001-quantity',
    purchases: overrides.purchases ?? lookupDefaults.purchases,
    seed: lookupDefaults.seed,
    connections: overrides.connections ?? lookupDefaults.connections,
    durationSeconds: overrides.durationSeconds ?? lookupDefaults.durationSeconds,
    stock: 0,
    requests: 0,
  };
}
