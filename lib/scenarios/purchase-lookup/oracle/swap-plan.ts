import 'server-only';
import { CLEAR_SWAP_MARKER, dropTableSql, NEW_SUFFIX, OLD_SUFFIX, renameTableSql, SWAPPABLE_TABLES } from '@/lib/scenarios/purchase-lookup/oracle/schema';
import { EMPTY_CHECKPOINT, MARK_STAGING_BUILT } from '@/lib/scenarios/purchase-lookup/oracle/statements';

/** The plans of a table swap (a reload, a staging build) and of the recovery from an interrupted one: pure functions of the tables present. */

/**
 * The statements that bring the schema back to one consistent data set after a reload stopped
 * anywhere (each step is idempotent, so a recovery that itself stops is finished by the next):
 *  - a swap marker means the reload never reached its commit: every table that has an `_OLD`
 *    twin gets it back (the new table in its place, if any, is dropped);
 *  - without a marker the reload committed: `_OLD` tables are leftovers and are dropped;
 *  - `_NEW` tables are always leftovers of an unfinished load and are dropped.
 * The caller clears the marker afterwards.
 */
export function planRecovery(existing: ReadonlySet<string>, swapping: boolean): string[] {
  const statements: string[] = [];
  for (const table of SWAPPABLE_TABLES) {
    const old = table + OLD_SUFFIX;
    if (!existing.has(old)) continue;
    if (swapping) {
      if (existing.has(table)) statements.push(dropTableSql(table));
      statements.push(renameTableSql(old, table));
    } else {
      statements.push(dropTableSql(old));
    }
  }
  for (const table of SWAPPABLE_TABLES) {
    if (existing.has(table + NEW_SUFFIX)) statements.push(dropTableSql(table + NEW_SUFFIX));
  }
  return statements;
}

/** A statement of a swap's commit transaction, with its binds. */
export interface BoundStatement {
  sql: string;
  binds: Record<string, string | number>;
}

/**
 * One step of the swap that follows a complete build of the `_NEW` tables:
 *  - mark: commit the marker row (from here on, recovery rolls the swap back);
 *  - rename: one table name moved (DDL, commits on its own);
 *  - commit: one transaction of single-row statements (the checkpoint, the data set's row, the
 *    marker) and COMMIT: the commit point. Nothing bulky happens inside the swap window: the
 *    staging table is swapped like the data tables instead of being emptied here;
 *  - cleanup: drop an `_OLD` table; a failure is ignored (recovery drops leftovers).
 */
export type SwapStep = { step: 'mark' } | { step: 'rename'; sql: string } | { step: 'commit'; statements: BoundStatement[] } | { step: 'cleanup'; sql: string };

/** The commit of a reload: the new data set has no migration yet. */
export const RELOAD_COMMIT: BoundStatement[] = [
  { sql: EMPTY_CHECKPOINT, binds: {} },
  { sql: CLEAR_SWAP_MARKER, binds: {} },
];

/** The commit of a staging build: the build's id recorded, the previous build's checkpoint gone. */
export function stagingCommit(buildId: string): BoundStatement[] {
  return [
    { sql: MARK_STAGING_BUILT, binds: { buildId } },
    { sql: EMPTY_CHECKPOINT, binds: {} },
    { sql: CLEAR_SWAP_MARKER, binds: {} },
  ];
}

/**
 * The swap of `tables` (each built as `<name>_NEW`): every live one aside to `_OLD`, every
 * `_NEW` one to the live name in the given order, the commit, then the `_OLD` tables dropped.
 * Tables missing from the live set (a first load) are not moved.
 */
export function planSwap(existing: ReadonlySet<string>, tables: readonly string[], commit: BoundStatement[]): SwapStep[] {
  const present = tables.filter((table) => existing.has(table));
  return [
    { step: 'mark' },
    ...present.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table, table + OLD_SUFFIX) })),
    ...tables.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table + NEW_SUFFIX, table) })),
    { step: 'commit', statements: commit },
    // Children first; CASCADE CONSTRAINTS would also cope with any order.
    ...[...present].reverse().map((table) => ({ step: 'cleanup' as const, sql: dropTableSql(table + OLD_SUFFIX) })),
  ];
}
