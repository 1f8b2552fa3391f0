import 'server-only';
import { json, type LeanRoute } from '@/lib/lean/lean-route';
import type { LoadTarget } from '@/lib/load/load-target';
import { pingTarget } from '@/lib/scenarios/ping/catalog';

/** Constant answer: the ceiling of the lean path and of the load generator. */
export const pingLeanRoutes: LeanRoute[] = [{ method: 'GET', path: pingTarget.path, handle: () => json({ ok: true }) }];

export const pingLoadTargets: LoadTarget[] = [{ ...pingTarget, prepare: () => ({ request: { kind: 'static', path: pingTarget.path }, notes: {} }) }];
