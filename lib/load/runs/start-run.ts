import 'server-only';
import type { LoadTarget } from '@/lib/load/load-target';
import { reserve } from '@/lib/load/runs/job-slot';
import { executeRun, newRecord, prepareRun, withSeed } from '@/lib/load/runs/run-lifecycle';
import { listRuns } from '@/lib/load/run-store';
import type { RunRecord, RunSettings } from '@/lib/load/run-types';

/** Starts one run; resolves once it is going. Preparation errors (no data, scenario missing) are thrown. */
export async function startRun(input: { target: LoadTarget; settings: RunSettings }): Promise<RunRecord> {
  const { target } = input;
  const record = newRecord(target, withSeed(input.settings), null);
  const state = reserve({ kind: 'run', id: record.id, runIds: [], showdown: null });
  try {
    await listRuns(); // history loaded (and any run cut off by a restart marked) before a new one starts
    const shared = await target.share?.();
    const prepared = await prepareRun(target, record, shared, true);
    void executeRun(state, target, record, prepared, true).finally(state.finish);
    return record;
  } catch (error) {
    state.finish();
    throw error;
  }
}
