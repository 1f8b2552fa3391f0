/** What a long job reports while it runs; a field left out keeps its last value. */
export interface JobProgress {
  phase?: string;
  done?: number;
  total?: number;
  unit?: string;
}

/** The same job functions run from a route (in the job registry), a bench or a test. */
export interface JobHooks {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}
