import 'server-only';
import { stopRunsOnShutdown } from '@/lib/load/runs/stop-for-shutdown';

/**
 * The one place load runs are started, followed and stopped: this module gathers the pieces of
 * lib/load/runs (job slot, live bus, run lifecycle, showdowns, cancel, shutdown). Targets come
 * from the caller (lib/scenarios.ts); the engine knows no scenario.
 */

stopRunsOnShutdown();

export { cancelRun } from '@/lib/load/runs/cancel-run';
export { getActiveJob, getLiveState, waitForIdle } from '@/lib/load/runs/job-slot';
export { liveListenerCount, subscribeToRuns } from '@/lib/load/runs/live-events';
export { startShowdown } from '@/lib/load/runs/showdown';
export { startRun } from '@/lib/load/runs/start-run';
