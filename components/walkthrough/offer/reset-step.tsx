'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { resetOffer } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { NumberField, clampInteger } from '@/components/walkthrough/number-field';
import { AuditFiguresView } from '@/components/walkthrough/offer/audit-figures';
import { engineName, offerCommandContext, type OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { offerDefaults } from '@/lib/walkthroughs/catalog';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { offerWorkshop } from '@/lib/walkthroughs/workshop-figures';
import { workshopPurge } from '@/lib/walkthroughs/workshop-listings';

export function ResetStep({ progress, refresh, origin, shell }: OfferStepProps) {
  const t = useTranslations('walkthrough.limited-offer.steps.reset');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [stock, setStock] = useState(String(offerDefaults.stock));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const units = clampInteger(stock, 0, 1_000_000, offerDefaults.stock);
  const busy = progress?.busy.loadRun ?? null;
  const reset = progress?.figures.reset;
  const done = progress?.steps.find((s) => s.id === 'reset')?.done ?? false;

  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await resetOffer(units);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  return (
    <StepShell
      {...shell}
      workshop={<CodeBlock label={t('workshopConsole')} text={workshopPurge} copy={false} />}
      action={
        <PrimaryAction
          label={t('action', { stock: format.count(units) })}
          hint={t('actionHint', { engine: engineName(progress?.env.relationalEngine), delay: format.count(progress?.env.paymentDelayMs ?? 0) })}
          onRun={() => void run()}
          pending={pending}
          disabled={busy !== null || (progress?.busy.burst ?? false)}
          busyNote={busy ? common('busyRun', { id: busy }) : undefined}
          error={error}
          errorPrefix={common('actionFailed')}
        >
          <NumberField name="stock" label={common('stock')} value={stock} onChange={setStock} min={0} max={1_000_000} />
        </PrimaryAction>
      }
      result={progress?.figures.audit ? <AuditFiguresView audit={progress.figures.audit} testId="audit-now" /> : undefined}
      figures={
        done && reset
          ? { rows: [{ key: 'stock', label: t('figStock'), workshop: format.count(offerWorkshop.stock), yours: format.count(reset.initialStock), value: reset.initialStock }], differs: [] }
          : undefined
      }
      check={t('check', { stock: format.count(reset?.initialStock ?? 0) })}
      commands={stepCommands('limited-offer', 'reset', offerCommandContext(origin, progress, { stock: units, connections: offerDefaults.connections, requests: offerDefaults.requests }))}
    />
  );
}
