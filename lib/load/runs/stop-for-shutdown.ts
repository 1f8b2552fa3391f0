import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import { jobSlot } from '@/lib/load/runs/job-slot';
import { markInterrupted, saveRunSync } from '@/lib/load/run-store';
import { onShutdown } from '@/lib/shutdown';

/** Graceful shutdown: generators stopped, running runs written as interrupted before the process exits. */
function stopForShutdown(): void {
  const active = jobSlot().active;
  if (!active) return;
  active.cancelled = true;
  for (const handle of active.generators.values()) handle.stop();
  for (const record of active.running.values()) {
    markInterrupted(record, 'The server was stopped during this run; the seconds up to then were kept.');
    try {
      saveRunSync(record);
    } catch (error) {
      console.error(`[load] could not save run ${record.id} on shutdown`, error);
    }
  }
}

/** Once per process, however often the module is loaded (hot reload, two bundles). */
export function stopRunsOnShutdown(): void {
  processSingleton('load-shutdown-hook', () => {
    onShutdown(stopForShutdown);
    return true;
  });
}
