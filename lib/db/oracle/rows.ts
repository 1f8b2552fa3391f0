import 'server-only';
import oracledb from 'oracledb';
import { withOracleConnection } from '@/lib/db/oracle/connection';

/** A row as the driver returns it with OUT_FORMAT_OBJECT: upper-case column names to values. */
export type OracleRow = Record<string, unknown>;

const objects = { outFormat: oracledb.OUT_FORMAT_OBJECT } as const;

/** The rows of one statement on `connection`, as objects; the one row helper of both scenarios. */
export async function rowsOf(connection: oracledb.Connection, sql: string, binds: oracledb.BindParameters = {}, options: oracledb.ExecuteOptions = {}): Promise<OracleRow[]> {
  const result = await connection.execute<OracleRow>(sql, binds, { ...objects, ...options });
  return result.rows ?? [];
}

/** The rows of one statement on a pooled connection of its own. */
export async function queryRows(sql: string, binds: oracledb.BindParameters = {}): Promise<OracleRow[]> {
  return withOracleConnection((connection) => rowsOf(connection, sql, binds));
}
