'use client';

import { useTranslations } from 'next-intl';
import { useFormat } from '@/i18n/use-format';
import type { ValidationReport } from '@/lib/scenarios/purchase-lookup/migration/validate-migration';

/** The migration's validation as DMS reports it: counts on both sides and a compared sample. */
export function ValidationReportView({ report }: { report: ValidationReport }) {
  const t = useTranslations('lookup.validation');
  const f = useFormat();
  const figures = [
    { id: 'source-rows', label: t('sourceRows'), value: report.sourceCount },
    { id: 'target-items', label: t('targetItems'), value: report.targetCount },
    { id: 'sample-compared', label: t('sampled'), value: report.sampled },
    { id: 'mismatches', label: t('mismatches'), value: report.mismatchCount },
  ];
  return (
    <section
      data-testid="validation"
      data-passed={report.passed}
      className={`rounded-lg border-2 p-4 ${report.passed ? 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40' : 'border-red-500 bg-red-50 dark:bg-red-950/40'}`}
    >
      <h4 className={`text-lg font-bold ${report.passed ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}`}>{report.passed ? t('passed') : t('failed')}</h4>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {figures.map((figure) => (
          <div key={figure.id}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{figure.label}</dt>
            <dd className="font-mono text-2xl tabular-nums" data-testid={`validation-${figure.id}`}>
              {f.count(figure.value)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t('method', { time: f.duration(report.ms) })}</p>
      {report.mismatches.length > 0 && (
        <div className="mt-3 max-h-60 overflow-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600 dark:text-slate-400">
                <th className="pr-3">customer_id</th>
                <th className="pr-3">purchase_id</th>
                <th className="pr-3">{t('field')}</th>
                <th className="pr-3">{t('expected')}</th>
                <th>{t('actual')}</th>
              </tr>
            </thead>
            <tbody className="font-mono">
              {report.mismatches.map((m) => (
                <tr key={`${m.customerId}-${m.purchaseId}-${m.field}`}>
                  <td className="pr-3">{m.customerId}</td>
                  <td className="pr-3">{m.purchaseId}</td>
                  <td className="pr-3">{m.field}</td>
                  <td className="pr-3">{m.expected}</td>
                  <td>{m.actual}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.mismatchCount > report.mismatches.length && <p className="mt-1 text-sm">{t('more', { count: f.count(report.mismatchCount - report.mismatches.length) })}</p>}
        </div>
      )}
    </section>
  );
}
