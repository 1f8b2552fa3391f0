import 'server-only';
import { listRuns as listStoredRuns } from '@/lib/load/run-store';
import type { LookupRunLike, RunSecondLike } from '@/lib/metrics/end-to-end-p95';

export interface LookupRunsRead {
  runs: LookupRunLike[];
  /** Why the overlay may be empty for a reason other than "no runs": store missing, records of another shape. */
  note?: string;
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

/**
 * Lookup runs from the load engine's run store, or none with a note saying why. Records come
 * from files on disk, so each is checked before the overlay reads it.
 */
export async function readLookupRuns(listRuns: () => Promise<readonly unknown[]> = listStoredRuns): Promise<LookupRunsRead> {
  let records: unknown;
  try {
    records = await listRuns();
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
