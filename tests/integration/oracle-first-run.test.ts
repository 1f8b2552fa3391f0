import oracledb from 'oracledb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterSetRefusal, characterSetsFromRows, READ_CHARACTER_SETS } from '@/lib/db/oracle/character-set';
import { withOracleConnection } from '@/lib/db/oracle/connection';
import { closeOraclePool } from '@/lib/db/oracle/pool';
import { FIRST_RUN_CHECK_NAMES, registerFirstRunChecks, type FirstRunEngine } from './support/first-run-checks';
import { describeWithOracle, notRunReport, useOracle } from './support/oracle-target';

/*
 * The likely failures of a first real Oracle run (issue 15), asserted against a real Oracle
 * Database. Registered only when ORACLE_USER, ORACLE_PASSWORD and ORACLE_CONNECT_STRING are set;
 * otherwise the output names each assertion that did not run. tests/integration/
 * relational-first-run.test.ts runs the same assertions on the embedded PostgreSQL everywhere.
 *
 *   ORACLE_USER=oshop ORACLE_PASSWORD=... ORACLE_CONNECT_STRING=127.0.0.1:1521/FREEPDB1 \
 *     npx vitest run --project integration tests/integration/oracle-first-run.test.ts
 */

const columns = {
  'customer.name': ['NAME', 'CUSTOMER', 'CUSTOMERID'],
  'customer.address': ['ADDRESS', 'CUSTOMER', 'CUSTOMERID'],
  'product.productname': ['PRODUCTNAME', 'PRODUCT', 'PRODUCTID'],
} as const;

const oracleEngine: FirstRunEngine = {
  characterSetRefusal: () =>
    withOracleConnection(async (connection) => {
      const result = await connection.execute<Record<string, unknown>>(READ_CHARACTER_SETS, {}, { outFormat: oracledb.OUT_FORMAT_OBJECT });
      return characterSetRefusal(characterSetsFromRows(result.rows ?? []));
    }),
  storedText: (column, id) =>
    withOracleConnection(async (connection) => {
      const [name, table, key] = columns[column];
      const result = await connection.execute<Record<string, unknown>>(
        `SELECT ${name} AS VALUE, LENGTH(${name}) AS CHARS, LENGTHB(${name}) AS BYTES FROM ${table} WHERE ${key} = :id`,
        { id },
        { outFormat: oracledb.OUT_FORMAT_OBJECT },
      );
      const row = result.rows?.[0] ?? {};
      return { value: String(row.VALUE), chars: Number(row.CHARS), bytes: Number(row.BYTES) };
    }),
  closePool: closeOraclePool,
};

describe('Oracle first-run checks: what the output says without Oracle', () => {
  it('names all five assertions when the suite does not run', () => {
    const report = notRunReport(['ORACLE_USER'], FIRST_RUN_CHECK_NAMES);
    expect(report.split('\n')).toHaveLength(6);
    for (const check of FIRST_RUN_CHECK_NAMES) expect(report).toContain(`  not run: ${check}`);
    expect(FIRST_RUN_CHECK_NAMES).toHaveLength(5);
  });
});

describeWithOracle(
  'first real run on Oracle',
  (target) => {
    let restore: () => Promise<void>;
    beforeAll(async () => {
      restore = await useOracle(target);
    });
    afterAll(async () => {
      await restore?.();
    });
    registerFirstRunChecks(() => oracleEngine);
  },
  FIRST_RUN_CHECK_NAMES,
);
