import type { Metadata } from 'next';
import { RunsDashboard } from '@/components/runs/runs-dashboard';

export const metadata: Metadata = { title: 'Load runs · db-showdown' };
export const dynamic = 'force-dynamic';

export default function RunsPage() {
  return <RunsDashboard />;
}
