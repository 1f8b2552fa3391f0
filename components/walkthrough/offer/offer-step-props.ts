import type { ReactNode } from 'react';
import type { StepShellProps } from '@/components/walkthrough/step-shell';
import type { OfferStepId } from '@/lib/walkthroughs/catalog';
import type { OfferProgress } from '@/lib/walkthroughs/progress-types';
import { offerDefaults } from '@/lib/walkthroughs/catalog';

/** What every limited-offer step receives from the walkthrough around it. */
export interface OfferStepProps {
  step: OfferStepId;
  progress: OfferProgress | null;
  refresh: () => void;
  origin: string;
  /** What the atomic path sends, read from the code and rendered on the server. */
  atomicCode: ReactNode;
  shell: Pick<StepShellProps, 'name' | 'step' | 'progress' | 'progressError' | 'onStartedOver'>;
}

export function offerCommandContext(origin: string, progress: OfferProgress | null, sale: { stock: number; connections: number; requests: number } = { stock: offerDefaults.stock, connections: offerDefaults.connections, requests: offerDefaults.requests }) {
  return {
    base: origin,
    table: progress?.env.lookupTable ?? 'purchase_t',
    stockKey: progress?.env.stockKey ?? 'prod-001-quantity',
    purchases: 0,
    seed: 0,
    connections: sale.connections,
    durationSeconds: 0,
    stock: sale.stock,
    requests: sale.requests,
  };
}

export const engineName = (engine: 'postgres' | 'oracle' | undefined) => (engine === 'oracle' ? 'Oracle' : 'PostgreSQL');
