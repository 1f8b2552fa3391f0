import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RunsDashboard } from '@/components/runs/runs-dashboard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('runs.page');
  return { title: t('metaTitle') };
}

export const dynamic = 'force-dynamic';

export default function RunsPage() {
  return <RunsDashboard />;
}
