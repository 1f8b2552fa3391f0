import 'server-only';
import { processSingleton } from '@/lib/db/process-singleton';
import type { LiveEvent } from '@/lib/load/run-types';

/** The live bus: everything the registry does goes out as one event to every follower. */

type Listener = (event: LiveEvent) => void;

const listeners = () => processSingleton<Set<Listener>>('load-live-listeners', () => new Set());

export function emit(event: LiveEvent): void {
  for (const listener of listeners()) {
    try {
      listener(event);
    } catch (error) {
      console.error('[load] a live listener failed', error);
    }
  }
}

/** Follows everything the registry does; returns the function that stops following. */
export function subscribeToRuns(listener: Listener): () => void {
  const set = listeners();
  set.add(listener);
  return () => set.delete(listener);
}

/** How many live followers are attached (diagnostics and tests: a closed page must not leave one behind). */
export function liveListenerCount(): number {
  return listeners().size;
}
