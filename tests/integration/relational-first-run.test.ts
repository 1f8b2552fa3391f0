import { describe } from 'vitest';
import { closePostgresPool, getPostgresPool } from '@/lib/db/postgres/pool';
import { FIRST_RUN_CHECK_NAMES, registerFirstRunChecks, type FirstRunEngine } from './support/first-run-checks';

/*
 * The PostgreSQL twin of tests/integration/oracle-first-run.test.ts: the same five assertions
 * on the embedded PostgreSQL, which runs everywhere.
 */

const columns = {
  'customer.name': ['name', 'customer', 'customerid'],
  'customer.address': ['address', 'customer', 'customerid'],
  'product.productname': ['productname', 'product', 'productid'],
} as const;

const postgresEngine: FirstRunEngine = {
  async characterSetRefusal() {
    const { rows } = await getPostgresPool().query<{ server_encoding: string }>('SHOW server_encoding');
    return rows[0]?.server_encoding === 'UTF8' ? null : `server_encoding is ${rows[0]?.server_encoding}, not UTF8`;
  },
  async storedText(column, id) {
    const [name, table, key] = columns[column];
    const { rows } = await getPostgresPool().query<{ value: string; chars: number; bytes: number }>(
      `SELECT ${name} AS value, length(${name}) AS chars, octet_length(${name}) AS bytes FROM ${table} WHERE ${key} = $1`,
      [id],
    );
    return rows[0]!;
  },
  closePool: closePostgresPool,
};

describe(`first real run on PostgreSQL (${FIRST_RUN_CHECK_NAMES.length} checks)`, () => {
  registerFirstRunChecks(() => postgresEngine);
});
