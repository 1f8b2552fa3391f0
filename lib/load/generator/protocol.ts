/** Messages between the server and the load-generator process. */
import type { OutcomeReader, TargetRequest } from '@/lib/load/load-target';
import type { RunSettings, RunSummary, SecondStats } from '@/lib/load/run-types';

export interface GeneratorJob {
  /** http://host:port of the app; the paths come from the target, never from the browser. */
  baseUrl: string;
  request: TargetRequest;
  /** Read each 2xx body as one of the target's outcomes; null counts none. */
  outcomes: OutcomeReader | null;
  settings: RunSettings;
}

export type ToGenerator = { type: 'start'; job: GeneratorJob } | { type: 'stop' };

export type FromGenerator =
  | { type: 'started'; at: number }
  | { type: 'second'; second: SecondStats }
  | { type: 'done'; summary: RunSummary; stopped: boolean }
  | { type: 'failed'; message: string };
