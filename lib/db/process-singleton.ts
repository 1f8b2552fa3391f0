import 'server-only';

/**
 * One instance per process, shared by the lean server and Next's bundled route handlers (which
 * load their own copies of lib/ modules), and kept across hot reloads in development.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`db-showdown.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = holder[key];
  if (existing !== undefined) return existing;
  const created = create();
  holder[key] = created;
  return created;
}

/** Forgets a singleton (tests and shutdown), returning what was held. */
export function releaseProcessSingleton<T>(name: string): T | undefined {
  const key = Symbol.for(`db-showdown.${name}`);
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const existing = holder[key];
  delete holder[key];
  return existing;
}
