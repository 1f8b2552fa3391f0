'use client';

import type { ComponentType } from 'react';
import { AuditStep } from '@/components/walkthrough/offer/audit-step';
import { CodePathsStep } from '@/components/walkthrough/offer/code-paths-step';
import type { OfferStepProps } from '@/components/walkthrough/offer/offer-step-props';
import { ResetStep } from '@/components/walkthrough/offer/reset-step';
import { SaleStep } from '@/components/walkthrough/offer/sale-step';
import { OfferSummaryStep } from '@/components/walkthrough/offer/summary-step';
import { useOrigin } from '@/components/walkthrough/use-origin';
import { useWalkthroughProgress } from '@/components/walkthrough/use-walkthrough-progress';
import type { OfferStepId } from '@/lib/walkthroughs/catalog';

const stepComponents: Record<OfferStepId, ComponentType<OfferStepProps>> = {
  reset: ResetStep,
  'legacy-sale': SaleStep,
  'code-paths': CodePathsStep,
  'redis-sale': SaleStep,
  'naive-oversell': SaleStep,
  audit: AuditStep,
  summary: OfferSummaryStep,
};

/** The limited-offer walkthrough at one step, its progress read from the books and the run history. */
export function OfferWalkthrough({ step, atomicCode }: { step: OfferStepId; atomicCode: OfferStepProps['atomicCode'] }) {
  const { progress, error, refresh } = useWalkthroughProgress('limited-offer');
  const origin = useOrigin();
  const Step = stepComponents[step];
  return (
    <Step step={step} progress={progress} refresh={refresh} origin={origin} atomicCode={atomicCode} shell={{ name: 'limited-offer', step, progress, progressError: error, onStartedOver: refresh }} />
  );
}
