'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { ErrorNote } from '@/components/error-note';
import { EngineNotice } from '@/components/runs/engine-notice';
import { useFormat } from '@/i18n/use-format';
import type { LookupCost } from '@/lib/scenarios/purchase-lookup/cost/lookup-request-cost';

const SAMPLE = 20;

/**
 * "Why": what one lookup does on each side, measured on the real engines for a sample of
 * purchases. Buffers, index probes, read units and bytes stay true from a laptop to production;
 * the latency of an emulator does not.
 */
export function RequestCostPanel({ testId = 'request-cost-panel' }: { testId?: string }) {
  const t = useTranslations('sweep.cost');
  const format = useFormat();
  const [cost, setCost] = useState<LookupCost | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const measure = useCallback(async () => {
    setPending(true);
    setError(null);
    try {
      setCost(await apiFetch<LookupCost>('/api/lookup/cost', { query: { sample: SAMPLE } }));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }, []);

  // Measured once on arrival; the button measures again.
  useEffect(() => {
    let cancelled = false;
    apiFetch<LookupCost>('/api/lookup/cost', { query: { sample: SAMPLE } }).then(
      (measured) => !cancelled && setCost(measured),
      (caught: unknown) => !cancelled && setError(caught),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const rel = cost?.relational;
  const ddb = cost?.dynamodb;
  return (
    <section aria-labelledby={`${testId}-title`} className="space-y-4 rounded-xl bg-white p-5 shadow-sm dark:bg-slate-900" data-testid={testId}>
      <div className="flex flex-wrap items-baseline gap-4">
        <h2 id={`${testId}-title`} className="text-2xl font-semibold">
          {t('title')}
        </h2>
        <span className="text-lg text-slate-600 dark:text-slate-300">{cost ? t('sampled', { count: cost.sampled }) : t('intro')}</span>
        <button type="button" onClick={() => void measure()} disabled={pending} data-testid="measure-cost" className="ml-auto rounded-lg border border-slate-300 px-4 py-2 text-lg font-medium disabled:opacity-40 dark:border-slate-600">
          {pending ? t('measuring') : t('measure')}
        </button>
      </div>
      {error !== null && <ErrorNote error={error} prefix={t('failed')} />}
      {cost && <EngineNotice engines={{ legacy: rel?.engine ?? null, modern: ddb?.engine ?? null }} />}
      {cost && rel && ddb && (
        <div className="grid gap-6 xl:grid-cols-2">
          <div className="rounded-lg border-t-8 border-legacy bg-slate-50 p-4 dark:bg-slate-800" data-testid="cost-relational">
            <h3 className="text-xl font-bold text-legacy">{t('relationalTitle')}</h3>
            {rel.available ? (
              <>
                <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
                  <Figure label={t('bufferHits')} value={format.decimal(rel.perLookup.sharedHitBlocks, 1)} testId="cost-buffer-hits" />
                  <Figure label={t('bufferReads')} value={format.decimal(rel.perLookup.sharedReadBlocks, 1)} testId="cost-buffer-reads" />
                  <Figure label={t('indexProbes')} value={format.decimal(rel.perLookup.indexProbes, 1)} />
                  <Figure label={t('tables')} value={String(rel.perLookup.tables.length)} detail={rel.perLookup.tables.join(', ')} />
                  <Figure label={t('rowsJoined')} value={format.decimal(rel.perLookup.rowsScanned, 1)} detail={t('rowsReturned', { rows: format.decimal(rel.perLookup.rowsReturned, 1) })} />
                  <Figure label={t('wireBytes')} value={format.count(rel.perLookup.responseBytes)} />
                </dl>
                <p className="mt-2 text-base text-slate-600 dark:text-slate-300">{t('relationalNote', { ms: format.decimal(rel.perLookup.executionMs, 3) })}</p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-base font-medium">{t('plan')}</summary>
                  <pre className="mt-2 max-h-72 overflow-auto rounded bg-white p-2 text-sm dark:bg-slate-900">{rel.samples[0]?.steps.map((step) => `${'  '.repeat(step.depth)}${step.nodeType}${step.relation ? ` on ${step.relation}` : ''}${step.index ? ` using ${step.index}` : ''}  (rows ${step.rows}, loops ${step.loops})`).join('\n')}</pre>
                  <pre className="mt-2 max-h-40 overflow-auto rounded bg-white p-2 text-sm whitespace-pre-wrap dark:bg-slate-900">{rel.statement.trim()}</pre>
                </details>
                <p className="mt-2 text-base text-slate-600 dark:text-slate-300">{t('relationalPrice')}</p>
              </>
            ) : (
              <>
                <p className="mt-2 text-lg" data-testid="cost-oracle-note">
                  {t('oracleNotRun')}
                </p>
                {rel.oracle && rel.oracle.length > 0 && (
                  <p className="mt-2 text-base">{t('oracleRead', { gets: rel.oracle.map((o) => o.bufferGets ?? '—').join(', ') })}</p>
                )}
                {rel.error && <p className="mt-2 text-base text-red-700 dark:text-red-300">{rel.error}</p>}
              </>
            )}
          </div>
          <div className="rounded-lg border-t-8 border-modern bg-slate-50 p-4 dark:bg-slate-800" data-testid="cost-dynamodb">
            <h3 className="text-xl font-bold text-modern">{t('dynamoTitle')}</h3>
            <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3">
              <Figure label={t('readUnits')} value={format.decimal(ddb.perLookup.readUnits, 2)} testId="cost-read-units" />
              <Figure label={t('itemBytes')} value={format.count(ddb.perLookup.itemBytes)} />
              <Figure label={t('partitions')} value={format.count(ddb.perLookup.partitions)} />
              <Figure label={t('wireBytes')} value={format.count(ddb.perLookup.responseBytes)} />
              <Figure label={t('perMillion')} value={`$${format.decimal(ddb.costPerMillionUsd, 4)}`} testId="cost-per-million" detail={t('price', { price: format.decimal(ddb.price.readPerMillionUsd, 3), date: ddb.price.asOf })} />
            </dl>
            <p className="mt-2 text-base text-slate-600 dark:text-slate-300">{t('dynamoNote')}</p>
          </div>
        </div>
      )}
    </section>
  );
}

function Figure({ label, value, detail, testId }: { label: string; value: string; detail?: string; testId?: string }) {
  return (
    <div className="rounded bg-white p-3 dark:bg-slate-900">
      <dt className="text-base text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-3xl font-bold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail && <dd className="text-sm text-slate-500 dark:text-slate-400">{detail}</dd>}
    </div>
  );
}
