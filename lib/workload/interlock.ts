import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { AppError } from '@/lib/http/app-error';

/**
 * The one workload interlock. Load runs, offer bursts and lookup jobs each report what they are
 * running; an action that would change what a running one measures (or pull its tables away)
 * is refused with 409, reason 'busy', naming what runs. Each workload keeps its own single slot;
 * this only keeps them, and the actions below, out of each other's way.
 */

export type WorkloadKind = 'load-run' | 'burst' | 'lookup-job';

export interface RunningWork {
  kind: WorkloadKind;
  /** Run, showdown or job id, when it has one. */
  id?: string;
  /** What a person would call it: "load run run-… (Limited offer · legacy)". */
  label: string;
}

type Probe = () => RunningWork | null;

/** Which running work each guarded action must not disturb. */
const conflicts = {
  // Stock and history under a running order run or burst: its audit would stop balancing.
  'offer-reset': ['load-run', 'burst'],
  // The payment step is part of what a run or a burst measures.
  'offer-settings': ['load-run', 'burst'],
  // Generate drops and refills the lookup tables; staging and migrate rewrite and load them.
  'lookup-generate': ['load-run', 'burst'],
  'lookup-staging': ['load-run', 'burst'],
  'lookup-migrate': ['load-run', 'burst'],
  // A run started during a job would wait on its locks while holding the run slot.
  'start-load-run': ['burst', 'lookup-job'],
  'start-burst': ['load-run', 'lookup-job'],
} as const satisfies Record<string, readonly WorkloadKind[]>;

export type GuardedAction = keyof typeof conflicts;

const actionNames: Record<GuardedAction, string> = {
  'offer-reset': 'Reset',
  'offer-settings': 'Changing the payment delay',
  'lookup-generate': 'Generate',
  'lookup-staging': 'Building staging',
  'lookup-migrate': 'Migrate',
  'start-load-run': 'Starting a load run',
  'start-burst': 'Firing a burst',
};

// Shared by Next's bundles and server.ts; each workload registers its probe when its module loads
// (a workload whose module never loaded cannot be running).
const probes = () => processSingleton<Map<WorkloadKind, Probe>>('workload-probes', () => new Map());

export function registerWorkload(kind: WorkloadKind, probe: Probe): void {
  probes().set(kind, probe);
}

function runningWork(): RunningWork[] {
  return [...probes().values()].flatMap((probe) => probe() ?? []);
}

/** Throws 409 busy when something this action would disturb is running; otherwise returns. */
export function assertQuiet(action: GuardedAction): void {
  const blocking = runningWork().find((work) => (conflicts[action] as readonly WorkloadKind[]).includes(work.kind));
  if (!blocking) return;
  throw new AppError('conflict', `${actionNames[action]} is refused while ${blocking.label} is going; wait for it to finish or stop it first.`, {
    reason: 'busy',
    running: blocking,
  });
}
