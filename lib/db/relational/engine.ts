import 'server-only';
import { getConfig } from '@/lib/config';
import type { BackendInfo } from '@/lib/db/backend-info';
import { closeOraclePool, pingOracle } from '@/lib/db/oracle/pool';
import { closePostgresPool, pingPostgres } from '@/lib/db/postgres/pool';

export type RelationalEngineName = 'postgres' | 'oracle';

interface RelationalEngine {
  name: RelationalEngineName;
  ping(): Promise<BackendInfo>;
  close(): Promise<void>;
}

const engines: Record<RelationalEngineName, RelationalEngine> = {
  postgres: { name: 'postgres', ping: pingPostgres, close: closePostgresPool },
  oracle: { name: 'oracle', ping: pingOracle, close: closeOraclePool },
};

/** The relational engine chosen once by configuration; scenarios pick their SQL by its name. */
export function getRelationalEngine(): RelationalEngine {
  return engines[getConfig().RELATIONAL_ENGINE];
}

/**
 * Picks the implementation for the configured engine from a table keyed by engine name, so the
 * choice is made in one place per scenario and never as an `if` in a handler.
 */
export function forRelationalEngine<T>(implementations: Record<RelationalEngineName, () => T>): T {
  return implementations[getConfig().RELATIONAL_ENGINE]();
}
