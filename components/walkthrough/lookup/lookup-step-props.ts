import type { StepShellProps } from '@/components/walkthrough/step-shell';
import type { LookupStepId } from '@/lib/walkthroughs/catalog';
import type { LookupProgress } from '@/lib/walkthroughs/progress-types';
import type { LookupDataStatus } from '@/lib/scenarios/purchase-lookup/data-status';

/** What every purchase-lookup step receives from the walkthrough around it. */
export interface LookupStepProps {
  step: LookupStepId;
  progress: LookupProgress | null;
  /** The scenario's status with the jobs' live progress (the /lookup page's own poll). */
  status: LookupDataStatus | null;
  refresh: () => void;
  origin: string;
  /** The parts of StepShell every step passes the same way. */
  shell: Pick<StepShellProps, 'name' | 'step' | 'progress' | 'progressError' | 'onStartedOver'>;
}

export const engineLabel = (engine: 'postgres' | 'oracle' | undefined) => (engine === 'oracle' ? 'Oracle' : 'PostgreSQL');
