import 'server-only';
import oracledb from 'oracledb';
import { withOracleConnection } from '@/lib/db/oracle/connection';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { purchaseLinesBinds } from '@/lib/scenarios/purchase-lookup/oracle/binds';
import { FIND_PURCHASE_LINES } from '@/lib/scenarios/purchase-lookup/oracle/statements';

/**
 * The Oracle side of the cost panel: the lookup statement with the gather_plan_statistics hint,
 * then the engine's own figures for its last execution on the same session: DBMS_XPLAN's
 * ALLSTATS LAST (buffers and rows per plan line) and V$SQL (buffer gets, disk reads).
 *
 * WRITTEN, NOT RUN: no Oracle database is reachable where this was built, so none of this has
 * executed yet; it needs SELECT on V$SQL, V$SESSION and V$SQL_PLAN_STATISTICS_ALL
 * (SELECT_CATALOG_ROLE). With RELATIONAL_ENGINE=oracle the panel calls it and shows what it
 * read under a note that these figures are not verified yet; a failure is shown as the reason.
 */

const HINTED_PURCHASE_LINES = FIND_PURCHASE_LINES.replace(/^\s*SELECT/i, 'SELECT /*+ gather_plan_statistics */');

const LAST_PLAN_STATISTICS = `SELECT PLAN_TABLE_OUTPUT FROM TABLE(DBMS_XPLAN.DISPLAY_CURSOR(NULL, NULL, 'ALLSTATS LAST'))`;

const LAST_STATEMENT_STATISTICS = `SELECT s.SQL_ID, s.BUFFER_GETS, s.DISK_READS, s.EXECUTIONS, s.ROWS_PROCESSED
  FROM V$SQL s JOIN V$SESSION me ON s.SQL_ID = me.PREV_SQL_ID AND s.CHILD_NUMBER = me.PREV_CHILD_NUMBER
  WHERE me.SID = SYS_CONTEXT('USERENV', 'SID')`;

export const ORACLE_COST_STATEMENTS = [HINTED_PURCHASE_LINES.trim(), LAST_PLAN_STATISTICS, LAST_STATEMENT_STATISTICS];

export interface OracleLookupStatistics {
  key: PurchaseKey;
  planLines: string[];
  bufferGets: number | null;
  diskReads: number | null;
  executions: number | null;
}

/** The engine's own figures for one execution of the lookup statement (see above: not yet run against a real Oracle). */
export async function measureOracleLookup(key: PurchaseKey): Promise<OracleLookupStatistics> {
  return withOracleConnection(async (connection: oracledb.Connection) => {
    await connection.execute(HINTED_PURCHASE_LINES, purchaseLinesBinds(key));
    // V$SESSION.PREV_SQL_ID names the hinted statement only while it is the session's previous one: read it first.
    const stats = await connection.execute<{ BUFFER_GETS: number; DISK_READS: number; EXECUTIONS: number }>(LAST_STATEMENT_STATISTICS, [], { outFormat: oracledb.OUT_FORMAT_OBJECT });
    const plan = await connection.execute<{ PLAN_TABLE_OUTPUT: string }>(LAST_PLAN_STATISTICS, [], { outFormat: oracledb.OUT_FORMAT_OBJECT });
    const row = stats.rows?.[0];
    return {
      key,
      planLines: (plan.rows ?? []).map((line) => line.PLAN_TABLE_OUTPUT),
      bufferGets: row?.BUFFER_GETS ?? null,
      diskReads: row?.DISK_READS ?? null,
      executions: row?.EXECUTIONS ?? null,
    };
  });
}
