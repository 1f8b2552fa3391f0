import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SweepConsole } from '@/components/sweeps/sweep-console';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sweep');
  return { title: `${t('title')} · db-showdown` };
}

export default function SweepsPage() {
  return <SweepConsole />;
}
