'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { startLoadRun } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { LiveRun } from '@/components/walkthrough/live-run';
import { NumberField, clampInteger } from '@/components/walkthrough/number-field';
import { AuditFiguresView } from '@/components/walkthrough/offer/audit-figures';
import { offerCommandContext, type OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import type { TargetId } from '@/lib/scenario-catalog';
import { offerDefaults } from '@/lib/walkthroughs/catalog';
import type { OrderRunFigures } from '@/lib/walkthroughs/progress-types';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { offerWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopAbLegacy, workshopAbRedis } from '@/lib/walkthroughs/workshop-listings';

type SaleStep = 'legacy-sale' | 'redis-sale' | 'naive-oversell';

const sales: Record<SaleStep, { targetId: TargetId; figures: 'legacyRun' | 'redisRun' | 'naiveRun'; defaults: { stock: number; connections: number; requests: number }; tone: 'legacy' | 'modern' | 'danger' }> = {
  'legacy-sale': { targetId: 'order.legacy', figures: 'legacyRun', defaults: { stock: offerDefaults.stock, connections: offerDefaults.connections, requests: offerDefaults.requests }, tone: 'legacy' },
  'redis-sale': { targetId: 'order.redis', figures: 'redisRun', defaults: { stock: offerDefaults.stock, connections: offerDefaults.connections, requests: offerDefaults.requests }, tone: 'modern' },
  'naive-oversell': { targetId: 'order.naive', figures: 'naiveRun', defaults: offerDefaults.naive, tone: 'danger' },
};

/** A sale as a load run (like the workshop's ab): the run resets the stock, sells, and audits the books. */
export function SaleStep({ step, progress, refresh, origin, shell }: OfferStepProps) {
  const sale = sales[step as SaleStep];
  const t = useTranslations(`walkthrough.limited-offer.steps.${step}`);
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [stock, setStock] = useState(String(sale.defaults.stock));
  const [connections, setConnections] = useState(String(sale.defaults.connections));
  const [requests, setRequests] = useState(String(sale.defaults.requests));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const settings = {
    stock: clampInteger(stock, 1, 1_000_000, sale.defaults.stock),
    connections: clampInteger(connections, 1, 1_000, sale.defaults.connections),
    requests: clampInteger(requests, 1, 1_000_000, sale.defaults.requests),
  };
  const run: OrderRunFigures | null = progress?.figures[sale.figures] ?? null;
  const busy = progress?.busy.loadRun ?? null;

  const start = async () => {
    setPending(true);
    setError(null);
    try {
      await startLoadRun(sale.targetId, { model: 'closed', connections: settings.connections, amount: Math.max(settings.requests, settings.connections), stock: settings.stock });
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const rows = [];
  const differs: string[] = [];
  if (run) {
    const workshopTime = step === 'legacy-sale' ? offerWorkshop.legacySeconds : step === 'redis-sale' ? offerWorkshop.redisSeconds : null;
    const workshopRate = step === 'legacy-sale' ? offerWorkshop.legacyRps : step === 'redis-sale' ? offerWorkshop.redisRps : null;
    rows.push(
      { key: `${step}-time`, label: common('time'), workshop: workshopTime === null ? '—' : format.seconds(workshopTime), yours: format.seconds(run.totalSeconds), value: run.totalSeconds },
      { key: `${step}-rate`, label: common('rps'), workshop: workshopRate === null ? '—' : format.rate(workshopRate), yours: format.rate(run.requestsPerSecond), value: run.requestsPerSecond },
      { key: `${step}-ordered`, label: common('ordered'), workshop: step === 'legacy-sale' ? format.count(offerWorkshop.stock) : step === 'redis-sale' ? format.count(offerWorkshop.redisUnitsSold) : '—', yours: format.count(run.ordered + run.oversold), value: run.ordered + run.oversold },
    );
    if (step === 'naive-oversell') {
      rows.push({ key: 'naive-oversold', label: t('figOversold'), workshop: t('workshopNone'), yours: format.count(run.audit?.unitsOversold ?? null), value: run.audit?.unitsOversold ?? null });
      rows.push({ key: 'naive-redis', label: t('figRedis'), workshop: t('workshopNone'), yours: format.count(run.audit?.remainingInRedis ?? null), value: run.audit?.remainingInRedis ?? null });
    }
    if (step === 'legacy-sale') {
      differs.push(t('differs', { delay: format.count(progress?.env.paymentDelayMs ?? 0) }));
      if (run.completed !== offerWorkshop.requests) differs.push(t('differsSmall'));
    }
    if (step === 'redis-sale') differs.push(t('differsWorkshop'));
  }
  const checkValues = { ordered: format.count(run?.ordered ?? 0), oversold: run?.audit?.unitsOversold ?? 0 };
  return (
    <StepShell
      {...shell}
      workshop={step === 'naive-oversell' ? undefined : <CodeBlock label={t('workshopConsole')} text={step === 'legacy-sale' ? workshopAbLegacy : workshopAbRedis} copy={false} />}
      action={
        <PrimaryAction
          label={t('action', { requests: format.count(settings.requests), connections: format.count(settings.connections), stock: format.count(settings.stock) })}
          hint={t('actionHint', { requests: settings.requests, connections: settings.connections, stock: format.count(settings.stock) })}
          onRun={() => void start()}
          pending={pending}
          disabled={busy !== null || (progress?.busy.burst ?? false)}
          busyNote={busy ? common('busyRun', { id: busy }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
          tone={sale.tone}
        >
          <NumberField name="stock" label={common('stock')} value={stock} onChange={setStock} min={1} max={1_000_000} />
          <NumberField name="connections" label={common('connections')} value={connections} onChange={setConnections} min={1} max={1_000} />
          <NumberField name="requests" label={common('requests')} value={requests} onChange={setRequests} min={1} max={1_000_000} />
        </PrimaryAction>
      }
      live={<LiveRun targetId={sale.targetId} since={progress?.startedAt ?? Number.POSITIVE_INFINITY} />}
      result={run?.audit ? <AuditFiguresView audit={run.audit} testId="run-audit" /> : undefined}
      figures={run ? { rows, differs } : undefined}
      check={t('check', checkValues)}
      commands={stepCommands('limited-offer', step, offerCommandContext(origin, progress, settings))}
    />
  );
}
