import 'server-only';
import { AppError } from '@/lib/http/app-error';
import { jobSlot } from '@/lib/load/runs/job-slot';
import { getRun } from '@/lib/load/run-store';

/** Stops the job a run or showdown id belongs to; the generator is gone within a second. */
export async function cancelRun(id: string): Promise<{ cancelled: string[] }> {
  const active = jobSlot().active;
  if (!active || (active.job.id !== id && !active.job.runIds.includes(id))) {
    const run = await getRun(id);
    if (!run) throw new AppError('not_found', `No run or showdown ${id} is going.`);
    throw new AppError('conflict', `Run ${id} is not going (it is ${run.status}).`);
  }
  active.cancelled = true;
  for (const handle of active.generators.values()) handle.stop();
  return { cancelled: [...active.generators.keys()] };
}
