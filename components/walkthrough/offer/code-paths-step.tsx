'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { resetOffer, startBurst } from '@/components/walkthrough/api-actions';
import { CodeBlock } from '@/components/walkthrough/code-block';
import { offerCommandContext, type OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { offerDefaults } from '@/lib/walkthroughs/catalog';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { raceTimeline, workshopLegacyCode, workshopRedisCode } from '@/lib/walkthroughs/workshop-listings';

export function CodePathsStep({ progress, refresh, origin, atomicCode, shell }: OfferStepProps) {
  const t = useTranslations('walkthrough.limited-offer.steps.code-paths');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const race = progress?.figures.race ?? null;
  const busy = progress?.busy.loadRun ?? null;
  const { stock, orders } = offerDefaults.race;

  const run = async () => {
    setPending(true);
    setError(null);
    try {
      await resetOffer(stock);
      await startBurst('naive', orders, orders);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
      refresh();
    }
  };

  const sold = race ? race.counts.ordered + race.counts.oversold : null;
  return (
    <StepShell
      {...shell}
      workshop={
        <div className="space-y-3">
          <CodeBlock label={t('legacyCode')} text={workshopLegacyCode} copy={false} maxHeight />
          <CodeBlock label={t('redisCode')} text={workshopRedisCode} copy={false} maxHeight />
          <CodeBlock label={t('race')} text={raceTimeline} copy={false} testId="race-timeline" />
        </div>
      }
      action={
        <div className="space-y-4">
          <div className="space-y-2" data-testid="atomic-code">
            <h3 className="font-semibold">{t('atomicCode')}</h3>
            {atomicCode}
          </div>
          <PrimaryAction
            label={t('action', { orders: format.count(orders) })}
            hint={t('actionHint', { orders: format.count(orders) })}
            onRun={() => void run()}
            pending={pending}
            disabled={busy !== null || (progress?.busy.burst ?? false)}
            busyNote={busy ? common('busyRun', { id: busy }) : progress?.busy.burst ? common('running') : undefined}
            error={error}
            errorPrefix={common('actionFailed')}
            tone="danger"
          />
        </div>
      }
      figures={
        race && race.status !== 'running'
          ? {
              rows: [
                { key: 'race-stock', label: t('figStock'), workshop: '—', yours: format.count(race.initialStock), value: race.initialStock },
                { key: 'race-sold', label: t('figSold'), workshop: '—', yours: format.count(sold), value: sold },
                { key: 'race-oversold', label: common('unitsOversold'), workshop: '—', yours: format.count(race.unitsOversold), value: race.unitsOversold },
              ],
              differs: [],
            }
          : undefined
      }
      check={t('check', { oversold: race?.unitsOversold ?? 0 })}
      commands={stepCommands('limited-offer', 'code-paths', offerCommandContext(origin, progress))}
    />
  );
}
