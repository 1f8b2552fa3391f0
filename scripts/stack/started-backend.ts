export interface StartedBackend {
  name: string;
  /** Variables that point the app at this backend. */
  env: Record<string, string>;
  stop(): Promise<void>;
}
