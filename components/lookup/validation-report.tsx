import type { ValidationReport } from '@/lib/scenarios/purchase-lookup/migration/validate-migration';
import { formatCount, formatDuration } from '@/components/lookup/format';

/** The migration's validation as DMS reports it: counts on both sides and a compared sample. */
export function ValidationReportView({ report }: { report: ValidationReport }) {
  return (
    <section
      data-testid="validation"
      data-passed={report.passed}
      className={`rounded-lg border-2 p-4 ${report.passed ? 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40' : 'border-red-500 bg-red-50 dark:bg-red-950/40'}`}
    >
      <h4 className={`text-lg font-bold ${report.passed ? 'text-emerald-700 dark:text-emerald-300' : 'text-red-700 dark:text-red-300'}`}>
        Validation {report.passed ? 'passed' : 'failed'}
      </h4>
      <dl className="mt-2 grid grid-cols-4 gap-3">
        {[
          ['Source rows', formatCount(report.sourceCount)],
          ['Target items', formatCount(report.targetCount)],
          ['Sample compared', formatCount(report.sampled)],
          ['Mismatches', formatCount(report.mismatchCount)],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="font-mono text-2xl tabular-nums" data-testid={`validation-${label!.toLowerCase().replace(/ /g, '-')}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Field by field against the staging rows, every attribute of the mapping; took {formatDuration(report.ms)}.
      </p>
      {report.mismatches.length > 0 && (
        <div className="mt-3 max-h-60 overflow-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="text-slate-600 dark:text-slate-400">
                <th className="pr-3">customer_id</th>
                <th className="pr-3">purchase_id</th>
                <th className="pr-3">field</th>
                <th className="pr-3">expected</th>
                <th>actual</th>
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
          {report.mismatchCount > report.mismatches.length && (
            <p className="mt-1 text-sm">…and {formatCount(report.mismatchCount - report.mismatches.length)} more.</p>
          )}
        </div>
      )}
    </section>
  );
}
