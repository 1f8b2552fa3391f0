import 'server-only';
import { getLiveState, subscribeToRuns } from '@/lib/load/run-registry';
import { getRunOrThrow } from '@/lib/load/run-queries';
import { sseResponse } from '@/lib/load/sse-stream';

/**
 * The event stream of one run: first {type:"run"} with the record so far, then {type:"second"}
 * per second, and a final {type:"run"} with the summary, after which the stream closes.
 */
export async function followRun(id: string, signal: AbortSignal): Promise<Response> {
  const stored = await getRunOrThrow(id);
  return sseResponse(signal, (send, close) => {
    // A running run's freshest record is the registry's; the store may lag by a few seconds.
    const run = getLiveState().runs.find((candidate) => candidate.id === id) ?? stored;
    send({ type: 'run', run });
    if (run.status !== 'running') {
      close();
      return;
    }
    return subscribeToRuns((event) => {
      if (event.type === 'second' && event.runId === id) send(event);
      if (event.type === 'run' && event.run.id === id) {
        send(event);
        if (event.run.status !== 'running') close();
      }
    });
  });
}
