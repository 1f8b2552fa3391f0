import 'server-only';
import type { LookupRunLike, RunSecondLike } from '@/lib/metrics/end-to-end-p95';

export interface LookupRunsRead {
  runs: LookupRunLike[];
  /** Why the overlay may be empty for a reason other than "no runs": store missing, records of another shape. */
  note?: string;
}

/** The one place lib/metrics touches the load engine. */
async function importRunStore(): Promise<unknown> {
  return import('@/lib/load/run-store');
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function toLookupRun(value: unknown): LookupRunLike | null {
  const run = value as Partial<Record<keyof LookupRunLike, unknown>> | null;
  if (!run || typeof run !== 'object') return null;
  if (typeof run.id !== 'string' || typeof run.targetId !== 'string' || typeof run.scenario !== 'string') return null;
  if (!isNumber(run.startedAt) || !(run.endedAt === null || isNumber(run.endedAt)) || !Array.isArray(run.seconds)) return null;
  const side = run.side === 'legacy' || run.side === 'modern' ? run.side : null;
  const seconds: RunSecondLike[] = [];
  for (const s of run.seconds as Array<Partial<Record<keyof RunSecondLike, unknown>> | null>) {
    if (s && isNumber(s.t) && isNumber(s.requests) && isNumber(s.p95)) seconds.push({ t: s.t, requests: s.requests, p95: s.p95 });
  }
  return { id: run.id, targetId: run.targetId, scenario: run.scenario, side, startedAt: run.startedAt, endedAt: run.endedAt as number | null, seconds };
}

/** Lookup runs from the load engine's run store (`listRuns()`), or none with a note saying why. */
export async function readLookupRuns(load: () => Promise<unknown> = importRunStore): Promise<LookupRunsRead> {
  let listRuns: unknown;
  try {
    listRuns = ((await load()) as { listRuns?: unknown } | null)?.listRuns;
  } catch {
    return { runs: [], note: 'Load runs are not available in this build, so there is no end-to-end overlay.' };
  }
  if (typeof listRuns !== 'function') return { runs: [], note: 'The run store has no listRuns(), so there is no end-to-end overlay.' };

  let records: unknown;
  try {
    records = await (listRuns as () => Promise<unknown>)();
  } catch (error) {
    return { runs: [], note: `Load runs could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!Array.isArray(records)) return { runs: [], note: 'The run store answered something other than a list of runs.' };

  const runs: LookupRunLike[] = [];
  let skipped = 0;
  for (const record of records) {
    if ((record as { scenario?: unknown } | null)?.scenario !== 'lookup') continue;
    const run = toLookupRun(record);
    if (run) runs.push(run);
    else skipped += 1;
  }
  return skipped > 0 ? { runs, note: `${skipped} lookup run(s) had an unexpected shape and were left out.` } : { runs };
}
