import { notFound, redirect } from 'next/navigation';
import { isWalkthroughName, walkthroughSteps } from '@/lib/walkthroughs/catalog';

/** /walkthrough/<name> opens its first step. */
export default async function WalkthroughPage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!isWalkthroughName(name)) notFound();
  redirect(`/walkthrough/${name}/${walkthroughSteps[name][0]}`);
}
