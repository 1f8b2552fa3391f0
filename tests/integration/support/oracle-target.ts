import { describe } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { closeOraclePool } from '@/lib/db/oracle/pool';
import { releaseProcessSingleton } from '@/lib/db/process-singleton';
import { invalidateLookupStatus } from '@/lib/scenarios/purchase-lookup/data-status';
import { invalidatePurchaseKeySample } from '@/lib/scenarios/purchase-lookup/purchase-keys';

/** Where the Oracle suites run: a real Oracle Database reachable from this machine. */
export interface OracleTarget {
  user: string;
  password: string;
  connectString: string;
}

export const ORACLE_SETTINGS = ['ORACLE_USER', 'ORACLE_PASSWORD', 'ORACLE_CONNECT_STRING'] as const;

export type OracleDetection = { configured: true; target: OracleTarget } | { configured: false; missing: string[] };

/** Oracle counts as configured when all three connection settings are present (blank is absent). */
export function detectOracleTarget(env: Record<string, string | undefined>): OracleDetection {
  const missing = ORACLE_SETTINGS.filter((name) => !env[name]?.trim());
  if (missing.length > 0) return { configured: false, missing };
  return { configured: true, target: { user: env.ORACLE_USER!, password: env.ORACLE_PASSWORD!, connectString: env.ORACLE_CONNECT_STRING! } };
}

export function notRunLine(missing: readonly string[]): string {
  return `Oracle integration: not run — set ${ORACLE_SETTINGS.join(', ')} to run it (missing: ${missing.join(', ')}).`;
}

/** The not-run line, followed by the assertions that did not run, one a line. */
export function notRunReport(missing: readonly string[], checks: readonly string[]): string {
  return [notRunLine(missing), ...checks.map((check) => `  not run: ${check}`)].join('\n');
}

/**
 * Registers `suite` only when an Oracle is configured. Otherwise it registers nothing (no
 * skipped tests that look green) and says so in the test output, naming the `checks` that
 * did not run.
 */
export function describeWithOracle(name: string, suite: (target: OracleTarget) => void, checks: readonly string[] = []): void {
  const detection = detectOracleTarget(process.env);
  if (!detection.configured) {
    console.info(notRunReport(detection.missing, checks));
    return;
  }
  describe(name, () => suite(detection.target));
}

// Process-wide state that belongs to the engine it was made with.
const engineBoundSingletons = ['lookup-schema-ready', 'offer-ready', 'lookup-store-oracle'];

function forgetEngineState(): void {
  for (const name of engineBoundSingletons) releaseProcessSingleton(name);
  invalidatePurchaseKeySample();
  invalidateLookupStatus();
}

/**
 * Points the app's configuration at Oracle for the rest of the file (the other suites keep the
 * embedded PostgreSQL); returns the function that puts everything back.
 */
export async function useOracle(target: OracleTarget, extra: Record<string, string> = {}): Promise<() => Promise<void>> {
  const changed = { RELATIONAL_ENGINE: 'oracle', ORACLE_USER: target.user, ORACLE_PASSWORD: target.password, ORACLE_CONNECT_STRING: target.connectString, ...extra };
  const before = Object.fromEntries(Object.keys(changed).map((name) => [name, process.env[name]]));
  await closeOraclePool();
  Object.assign(process.env, changed);
  resetConfigForTests();
  forgetEngineState();
  return async () => {
    await closeOraclePool();
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetConfigForTests();
    forgetEngineState();
  };
}
