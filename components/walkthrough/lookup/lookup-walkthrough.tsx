'use client';

import type { ComponentType } from 'react';
import { useLookupStatus } from '@/components/lookup/use-lookup-status';
import { GetItemStep } from '@/components/walkthrough/lookup/getitem-step';
import { LegacyDataStep } from '@/components/walkthrough/lookup/legacy-data-step';
import { LoadStep } from '@/components/walkthrough/lookup/load-step';
import type { LookupStepProps } from '@/components/walkthrough/lookup/lookup-step-props';
import { MigrateStep } from '@/components/walkthrough/lookup/migrate-step';
import { StagingStep } from '@/components/walkthrough/lookup/staging-step';
import { LookupSummaryStep } from '@/components/walkthrough/lookup/summary-step';
import { useOrigin } from '@/components/walkthrough/use-origin';
import { useWalkthroughProgress } from '@/components/walkthrough/use-walkthrough-progress';
import type { LookupStepId } from '@/lib/walkthroughs/catalog';

const stepComponents: Record<LookupStepId, ComponentType<LookupStepProps>> = {
  'legacy-data': LegacyDataStep,
  staging: StagingStep,
  migrate: MigrateStep,
  'legacy-load': LoadStep,
  'dynamodb-load': LoadStep,
  getitem: GetItemStep,
  summary: LookupSummaryStep,
};

/** The purchase-lookup walkthrough at one step: its progress from the server, the jobs' live progress. */
export function LookupWalkthrough({ step }: { step: LookupStepId }) {
  const { progress, error, refresh } = useWalkthroughProgress('purchase-lookup');
  const lookup = useLookupStatus();
  const origin = useOrigin();
  const refreshBoth = () => {
    refresh();
    lookup.refresh();
  };
  const Step = stepComponents[step];
  return (
    <Step
      step={step}
      progress={progress}
      status={lookup.status}
      refresh={refreshBoth}
      origin={origin}
      shell={{ name: 'purchase-lookup', step, progress, progressError: error, onStartedOver: refreshBoth }}
    />
  );
}
