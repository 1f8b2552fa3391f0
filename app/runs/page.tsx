import type { Metadata } from 'next';
import { PresenterOnly } from '@/components/presenter/presenter-only';
import { RunsDashboard } from '@/components/runs/runs-dashboard';

export const metadata: Metadata = { title: 'Load runs · db-showdown' };
export const dynamic = 'force-dynamic';

export default function RunsPage() {
  return (
    <PresenterOnly>
      <RunsDashboard />
    </PresenterOnly>
  );
}
