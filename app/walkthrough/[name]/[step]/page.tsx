import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LookupWalkthrough } from '@/components/walkthrough/lookup/lookup-walkthrough';
import { CodePanel } from '@/components/offer/code-panel';
import { OfferWalkthrough } from '@/components/walkthrough/offer/offer-walkthrough';
import { listOfferCode } from '@/lib/scenarios/limited-offer/code-listing';
import { isStepOf, isWalkthroughName, type LookupStepId, type OfferStepId } from '@/lib/walkthroughs/catalog';

// The statements listed are the configured engine's, read per request.
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ name: string; step: string }> };

export async function generateMetadata({ params }: Params) {
  const { name, step } = await params;
  if (!isWalkthroughName(name) || !isStepOf(name, step)) return {};
  const t = await getTranslations('walkthrough');
  return { title: `${t(`${name}.steps.${step}.title`)} · ${t(`${name}.title`)}` };
}

/** /walkthrough/<name>/<step>: a link a presenter can hand out. */
export default async function WalkthroughStepPage({ params }: Params) {
  const { name, step } = await params;
  if (!isWalkthroughName(name) || !isStepOf(name, step)) notFound();
  if (name === 'purchase-lookup') return <LookupWalkthrough step={step as LookupStepId} />;
  return <OfferWalkthrough step={step as OfferStepId} atomicCode={<CodePanel listing={listOfferCode().redis} />} />;
}
