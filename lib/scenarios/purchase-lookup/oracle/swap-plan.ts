import 'server-only';
import { dropTableSql, LOOKUP_TABLES, NEW_SUFFIX, OLD_SUFFIX, renameTableSql } from '@/lib/scenarios/purchase-lookup/oracle/schema';

/** The plans of a reload's table swap and of the recovery from an interrupted one: pure functions of the tables present. */

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
  for (const table of LOOKUP_TABLES) {
    const old = table + OLD_SUFFIX;
    if (!existing.has(old)) continue;
    if (swapping) {
      if (existing.has(table)) statements.push(dropTableSql(table));
      statements.push(renameTableSql(old, table));
    } else {
      statements.push(dropTableSql(old));
    }
  }
  for (const table of LOOKUP_TABLES) {
    if (existing.has(table + NEW_SUFFIX)) statements.push(dropTableSql(table + NEW_SUFFIX));
  }
  return statements;
}

/**
 * One step of the swap that follows a complete load into the `_NEW` tables:
 *  - mark: commit the marker row (from here on, recovery rolls the swap back);
 *  - rename: one table name moved (DDL, commits on its own);
 *  - commit: one transaction empties the staging table and the checkpoint, records the data set
 *    and deletes the marker: the commit point of the whole reload;
 *  - cleanup: drop an `_OLD` table; a failure is ignored (recovery drops leftovers).
 */
export type SwapStep = { step: 'mark' } | { step: 'rename'; sql: string } | { step: 'commit' } | { step: 'cleanup'; sql: string };

/**
 * The swap: every live table aside to `_OLD`, every `_NEW` table to the live name, the commit,
 * then the `_OLD` tables dropped. Tables missing from the live set (a first load) are not moved.
 */
export function planSwap(existing: ReadonlySet<string>): SwapStep[] {
  const present = LOOKUP_TABLES.filter((table) => existing.has(table));
  return [
    { step: 'mark' },
    ...present.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table, table + OLD_SUFFIX) })),
    ...LOOKUP_TABLES.map((table) => ({ step: 'rename' as const, sql: renameTableSql(table + NEW_SUFFIX, table) })),
    { step: 'commit' },
    // Children first; CASCADE CONSTRAINTS would also cope with any order.
    ...[...present].reverse().map((table) => ({ step: 'cleanup' as const, sql: dropTableSql(table + OLD_SUFFIX) })),
  ];
}
