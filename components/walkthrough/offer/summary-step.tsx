'use client';

import { useTranslations } from 'next-intl';
import { offerCommandContext, type OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { PrimaryAction } from '@/components/walkthrough/primary-action';
import { useStartOver } from '@/components/walkthrough/start-over-button';
import { StepShell } from '@/components/walkthrough/step-shell';
import { useFormat } from '@/i18n/use-format';
import { stepCommands } from '@/lib/walkthroughs/step-commands';
import { offerWorkshop } from '@/lib/walkthroughs/workshop-figures';

export function OfferSummaryStep({ progress, refresh, origin, shell }: OfferStepProps) {
  const t = useTranslations('walkthrough.limited-offer.steps.summary');
  const steps = useTranslations('walkthrough.limited-offer.steps');
  const common = useTranslations('walkthrough.common');
  const format = useFormat();
  const startOver = useStartOver('limited-offer', refresh);
  const f = progress?.figures;
  const none = t('notMeasured');
  const or = (value: number | null | undefined, text: (v: number) => string) => (value === null || value === undefined ? none : text(value));
  const raceSold = f?.race ? f.race.counts.ordered + f.race.counts.oversold : null;
  const rows = [
    { key: 'sum-legacy-time', label: t('rowLegacyTime'), workshop: format.seconds(offerWorkshop.legacySeconds), yours: or(f?.legacyRun?.totalSeconds, format.seconds), value: f?.legacyRun?.totalSeconds ?? null },
    { key: 'sum-legacy-rate', label: t('rowLegacyRate'), workshop: format.rate(offerWorkshop.legacyRps), yours: or(f?.legacyRun?.requestsPerSecond, format.rate), value: f?.legacyRun?.requestsPerSecond ?? null },
    { key: 'sum-redis-time', label: t('rowRedisTime'), workshop: format.seconds(offerWorkshop.redisSeconds), yours: or(f?.redisRun?.totalSeconds, format.seconds), value: f?.redisRun?.totalSeconds ?? null },
    { key: 'sum-redis-rate', label: t('rowRedisRate'), workshop: format.rate(offerWorkshop.redisRps), yours: or(f?.redisRun?.requestsPerSecond, format.rate), value: f?.redisRun?.requestsPerSecond ?? null },
    { key: 'sum-redis-sold', label: t('rowRedisSold'), workshop: format.count(offerWorkshop.redisUnitsSold), yours: or(f?.redisRun?.ordered, format.count), value: f?.redisRun?.ordered ?? null },
    { key: 'sum-race', label: t('rowRace'), workshop: '—', yours: or(raceSold, format.count), value: raceSold },
    { key: 'sum-naive', label: t('rowNaive'), workshop: '—', yours: or(f?.naiveRun?.audit?.unitsOversold, format.count), value: f?.naiveRun?.audit?.unitsOversold ?? null },
  ];
  return (
    <StepShell
      {...shell}
      action={
        <PrimaryAction
          label={t('action')}
          hint={t('actionHint')}
          onRun={() => {
            if (window.confirm(common('startOverConfirm'))) void startOver.run();
          }}
          pending={startOver.pending}
          disabled={(progress?.busy.loadRun ?? null) !== null}
          error={startOver.error}
        />
      }
      figures={{ rows, differs: [steps('legacy-sale.differs', { delay: format.count(progress?.env.paymentDelayMs ?? 0) }), steps('redis-sale.differsWorkshop')] }}
      check={t('check')}
      commands={stepCommands('limited-offer', 'summary', offerCommandContext(origin, progress))}
    />
  );
}
