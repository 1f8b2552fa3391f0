import { getTranslations } from 'next-intl/server';
import { GetItemLatencyPanel } from '@/components/metrics/getitem-latency-panel';

export default async function LatencyPage() {
  const t = await getTranslations('latency.page');
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 max-w-4xl text-lg text-slate-600 dark:text-slate-400">{t('intro')}</p>
      </section>
      <GetItemLatencyPanel />
    </div>
  );
}
