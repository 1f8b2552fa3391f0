import { describe, expect, it } from 'vitest';
import { bindNames } from '@/lib/db/oracle/sql-text';
import * as oracle from '@/lib/scenarios/limited-offer/relational-oracle';

/*
 * The limited offer's Oracle statements exactly as the driver receives them, and the pure
 * decisions and row mapping around them. No database here; tests/integration/oracle-scenarios
 * runs the same code against a real Oracle when one is configured.
 */

const { oracleStatements: statements } = oracle;

describe('Oracle limited-offer statements', () => {
  it('the page shows the very constants the code sends', () => {
    expect(statements).toMatchObject({
      selectStockForUpdate: oracle.SELECT_STOCK_FOR_UPDATE,
      updateStock: oracle.UPDATE_STOCK,
      insertHistory: oracle.INSERT_HISTORY,
      insertHistoryBatch: oracle.oracleStatements.insertHistoryBatch,
      resetStock: oracle.RESET_STOCK,
      emptyHistory: oracle.EMPTY_HISTORY,
      recordInitialStock: oracle.RECORD_INITIAL_STOCK,
    });
    expect(oracle.oracleOfferStore.statements).toBe(statements);
    expect(oracle.oracleOfferStore.engineLabel).toBe('Oracle Database');
  });

  it('the legacy order locks the hot row with SELECT ... FOR UPDATE, by bind variable', () => {
    expect(statements.selectStockForUpdate).toBe('SELECT QUANTITY FROM HOTDEAL_LIST WHERE PROD_ID = :prodId FOR UPDATE');
    expect(statements.updateStock).toBe('UPDATE HOTDEAL_LIST SET QUANTITY = :quantity WHERE PROD_ID = :prodId');
  });

  it('the history row takes its time from SYSTIMESTAMP and everything else from binds', () => {
    expect(statements.insertHistory).toBe('INSERT INTO ORDER_HISTORY (ORDER_TIME, PROD_ID, QUANTITY, ORDER_PATH) VALUES (SYSTIMESTAMP, :prodId, :quantity, :orderPath)');
  });

  it('empties the history with DELETE inside the reset transaction, never TRUNCATE (DDL commits on its own)', () => {
    expect(statements.emptyHistory).toBe('DELETE FROM ORDER_HISTORY');
    for (const sql of Object.values(statements)) expect(sql).not.toMatch(/\bTRUNCATE\b/i);
  });

  it('records the initial stock with MERGE: an upsert keyed by product', () => {
    expect(statements.recordInitialStock).toMatch(/^MERGE INTO OFFER_RESET r\s+USING \(SELECT :prodId AS PROD_ID, :stock AS INITIAL_STOCK FROM DUAL\) s\s+ON \(r.PROD_ID = s.PROD_ID\)/);
    expect(statements.recordInitialStock).toMatch(/WHEN MATCHED THEN UPDATE SET r.INITIAL_STOCK = s.INITIAL_STOCK, r.RESET_AT = SYSTIMESTAMP/);
    expect(statements.recordInitialStock).toMatch(/WHEN NOT MATCHED THEN INSERT \(PROD_ID, INITIAL_STOCK, RESET_AT\) VALUES \(s.PROD_ID, s.INITIAL_STOCK, SYSTIMESTAMP\)/);
    expect(oracle.SEED_PRODUCTS).toMatch(/^MERGE INTO HOTDEAL_LIST h\s+USING \(SELECT LEVEL AS PROD_ID FROM DUAL CONNECT BY LEVEL <= :productCount\) s/);
  });

  it('says plainly that Oracle has no BEGIN, and commits and rolls back by name', () => {
    expect(statements.begin).toMatch(/^-- no BEGIN in Oracle/);
    expect(statements.commit).toBe('COMMIT');
    expect(statements.rollback).toBe('ROLLBACK');
  });

  const executed = Object.entries(oracle).filter(([name, value]) => typeof value === 'string' && /^[A-Z_]+$/.test(name)) as [string, string][];

  it.each(executed)('%s uses named binds only: no positional or PostgreSQL placeholders, no data in literals', (_name, sql) => {
    for (const name of bindNames(sql)) expect(name, sql).toMatch(/^[a-z][A-Za-z]+$/);
    expect(sql).not.toMatch(/\$\d/);
    const literals = [...sql.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]);
    for (const literal of literals) expect(['legacy', 'redis', 'naive', 'HOTDEAL_LIST', 'ORDER_HISTORY', 'OFFER_RESET', 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"']).toContain(literal);
  });

  it('each statement is sent with exactly the binds it names', () => {
    const cases: Array<[string, string[]]> = [
      [oracle.SELECT_STOCK_FOR_UPDATE, ['prodId']],
      [oracle.UPDATE_STOCK, ['quantity', 'prodId']],
      [oracle.INSERT_HISTORY, ['prodId', 'quantity', 'orderPath']],
      [oracle.RESET_STOCK, ['stock']],
      [oracle.EMPTY_HISTORY, []],
      [oracle.RECORD_INITIAL_STOCK, ['prodId', 'stock']],
      [oracle.SEED_PRODUCTS, ['productCount', 'initialStock']],
      [oracle.HAS_RESET, ['prodId']],
      [oracle.READ_RESET_AT, ['prodId']],
      [oracle.READ_STOCK_AND_RESET, ['prodId']],
      [oracle.COUNT_ORDERS_BY_PATH, ['prodId']],
    ];
    for (const [sql, names] of cases) expect(bindNames(sql), sql).toEqual(names);
  });
});

describe('group commit of the Redis paths through executeMany', () => {
  it('one set of binds per order, with a bind definition for each name the INSERT uses', () => {
    const binds = oracle.historyBatchBinds(1, ['redis', 'naive', 'redis']);
    expect(binds).toEqual([
      { prodId: 1, quantity: 1, orderPath: 'redis' },
      { prodId: 1, quantity: 1, orderPath: 'naive' },
      { prodId: 1, quantity: 1, orderPath: 'redis' },
    ]);
    const names = bindNames(oracle.oracleStatements.insertHistoryBatch).sort();
    expect(Object.keys(binds[0]!).sort()).toEqual(names);
    expect(Object.keys(oracle.historyBatchBindDefs).sort()).toEqual(names);
    expect(oracle.historyBatchBindDefs.orderPath.maxSize).toBeGreaterThanOrEqual(Math.max(...['legacy', 'redis', 'naive'].map((p) => p.length)));
  });
});

describe('schema and locks', () => {
  it('creates each missing table by name (no CREATE TABLE IF NOT EXISTS before 23ai), with Oracle types', () => {
    expect(Object.keys(oracle.offerTableDdl)).toEqual(['HOTDEAL_LIST', 'ORDER_HISTORY', 'OFFER_RESET']);
    for (const [name, ddl] of Object.entries(oracle.offerTableDdl)) {
      expect(ddl.startsWith(`CREATE TABLE ${name} (`)).toBe(true);
      expect(ddl).not.toMatch(/IF NOT EXISTS|integer|timestamptz|\btext\b/);
    }
    expect(oracle.CREATE_ORDER_HISTORY).toContain('ORDER_TIME TIMESTAMP WITH TIME ZONE NOT NULL');
    expect(oracle.CREATE_HOTDEAL_LIST).toContain('QUANTITY NUMBER(10) NOT NULL');
    expect(oracle.LIST_OFFER_TABLES).toBe(`SELECT TABLE_NAME FROM USER_TABLES WHERE TABLE_NAME IN ('HOTDEAL_LIST', 'ORDER_HISTORY', 'OFFER_RESET')`);
  });

  it('a reset holds both tables until it commits, waiting at most 5 s for running orders (ORA-00054 then)', () => {
    expect(oracle.LOCK_FOR_RESET).toBe('LOCK TABLE HOTDEAL_LIST, ORDER_HISTORY IN EXCLUSIVE MODE WAIT 5');
    expect(oracle.LOCK_FOR_SEEDING).toMatch(/^LOCK TABLE HOTDEAL_LIST IN EXCLUSIVE MODE WAIT \d+$/);
  });
});

describe('the legacy decision under the row lock', () => {
  it('sells one unit while stock is left and refuses at zero or below, never changing the row then', () => {
    expect(oracle.decideLegacyOrder(100)).toEqual({ sell: true, newQuantity: 99, result: { outcome: 'ordered', remaining: 99 } });
    expect(oracle.decideLegacyOrder(1)).toEqual({ sell: true, newQuantity: 0, result: { outcome: 'ordered', remaining: 0 } });
    expect(oracle.decideLegacyOrder(0)).toEqual({ sell: false, result: { outcome: 'out_of_stock', remaining: 0 } });
    expect(oracle.decideLegacyOrder(-2)).toEqual({ sell: false, result: { outcome: 'out_of_stock', remaining: -2 } });
  });

  it('never oversells when orders run one after another, as the row lock makes them', () => {
    let quantity = 100;
    let sold = 0;
    for (let i = 0; i < 300; i++) {
      const decision = oracle.decideLegacyOrder(quantity);
      if (decision.sell) {
        quantity = decision.newQuantity;
        sold++;
      }
    }
    expect({ sold, quantity }).toEqual({ sold: 100, quantity: 0 });
  });
});

describe('the books from the driver rows', () => {
  it('maps stock, reset and per-path counts; unknown paths ignored, missing ones zero', () => {
    const books = oracle.booksFromOracle({ QUANTITY: 0, INITIAL_STOCK: 100, RESET_AT: '2024-01-02T03:04:05.678Z' }, [
      { ORDER_PATH: 'legacy', ORDERS: 100 },
      { ORDER_PATH: 'redis', ORDERS: 3 },
      { ORDER_PATH: 'other', ORDERS: 9 },
    ]);
    expect(books).toEqual({
      initialStock: 100,
      resetAt: new Date('2024-01-02T03:04:05.678Z'),
      remainingInTable: 0,
      ordersByPath: { legacy: 100, redis: 3, naive: 0 },
    });
  });

  it('reads NULLs (no row, never reset) as null', () => {
    expect(oracle.booksFromOracle({ QUANTITY: null, INITIAL_STOCK: null, RESET_AT: null }, [])).toEqual({
      initialStock: null,
      resetAt: null,
      remainingInTable: null,
      ordersByPath: { legacy: 0, redis: 0, naive: 0 },
    });
    expect(oracle.booksFromOracle(undefined, []).remainingInTable).toBeNull();
  });
});
