/** The ping target: constant JSON, the ceiling of the generator and the lean path. Client-safe. */
import type { TargetInfo } from '@/lib/load/load-target';

export const pingTarget = {
  id: 'ping',
  scenario: 'ping',
  side: null,
  label: 'Ping',
  path: '/api/ping',
  keyed: false,
  description: 'Constant JSON: the ceiling of the generator and the lean path',
} as const satisfies TargetInfo;

export const pingCatalog = { targets: [pingTarget], showdown: null };
