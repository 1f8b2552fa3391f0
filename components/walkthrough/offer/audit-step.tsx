'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch } from '@/components/api/client-fetch';
import { AuditFiguresView } from '@/components/walkthrough/offer/audit-figures';
import { offerCommandContext, type OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import type { AuditFigures, OrderRunFigures } from '@/lib/walkthroughs/progress-types';
import { stepCommands } from '@/lib/walkthroughs/step-commands';

export function AuditStep({ progress, refresh, origin, shell }: OfferStepProps) {
  const t = useTranslations('walkthrough.limited-offer.steps.audit');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [audit, setAudit] = useState<AuditFigures | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setPending(true);
    setError(null);
    try {
      setAudit(await apiFetch<AuditFigures>('/api/offer/audit'));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const sales: [string, string, OrderRunFigures | null][] = [
    ['legacy', t('pathLegacy'), progress?.figures.legacyRun ?? null],
    ['redis', t('pathRedis'), progress?.figures.redisRun ?? null],
    ['naive', t('pathNaive'), progress?.figures.naiveRun ?? null],
  ];
  const current = audit ?? progress?.figures.audit ?? null;
  return (
    <StepShell
      {...shell}
      action={<PrimaryAction label={t('action')} hint={t('actionHint')} onRun={() => void run()} pending={pending} error={error} errorPrefix={common('actionFailed')} />}
      result={
        <div className="space-y-4">
          <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t('perRun')}</h3>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="audit-per-run">
              <thead>
                <tr className="border-b border-slate-300 text-slate-500 dark:border-slate-700">
                  <th className="py-1 pr-2 font-medium">{t('path')}</th>
                  <th className="py-1 pr-2 font-medium">{common('initialStock')}</th>
                  <th className="py-1 pr-2 font-medium">{common('ordersRecorded')}</th>
                  <th className="py-1 pr-2 font-medium">{common('unitsOversold')}</th>
                  <th className="py-1 font-medium">{common('balancedColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {sales.map(([key, label, run]) => (
                  <tr key={key} className="border-b border-slate-100 dark:border-slate-800" data-testid={`audit-run-${key}`} data-balanced={run?.audit ? String(run.audit.balanced) : ''}>
                    <th scope="row" className="py-2 pr-2 font-medium">
                      {label}
                    </th>
                    <td className="py-2 pr-2 font-mono tabular-nums">{format.count(run?.audit?.initialStock ?? null)}</td>
                    <td className="py-2 pr-2 font-mono tabular-nums">{format.count(run?.audit?.ordersRecorded ?? null)}</td>
                    <td className={`py-2 pr-2 font-mono tabular-nums ${(run?.audit?.unitsOversold ?? 0) > 0 ? 'font-bold text-red-600 dark:text-red-400' : ''}`} data-testid={`audit-run-${key}-oversold`}>
                      {format.count(run?.audit?.unitsOversold ?? null)}
                    </td>
                    <td className="py-2">{run?.audit ? (run.audit.balanced ? `✓ ${common('yes')}` : `✗ ${common('no')}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {current && (
            <div className="space-y-2">
              <h3 className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t('now')}</h3>
              <AuditFiguresView audit={current} testId="audit-now" />
            </div>
          )}
        </div>
      }
      check={t('check')}
      commands={stepCommands('limited-offer', 'audit', offerCommandContext(origin, progress))}
    />
  );
}
