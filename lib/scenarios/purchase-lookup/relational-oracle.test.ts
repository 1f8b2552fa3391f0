import { describe, expect, it } from 'vitest';
import { bindNames, identifier } from '@/lib/db/oracle/sql-text';
import { AppError } from '@/lib/http/app-error';
import { itemFromStaging } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { generateDataset } from '@/lib/scenarios/purchase-lookup/generate/generate-dataset';
import * as binds from '@/lib/scenarios/purchase-lookup/oracle/binds';
import * as rowMappers from '@/lib/scenarios/purchase-lookup/oracle/row-mappers';
import * as schema from '@/lib/scenarios/purchase-lookup/oracle/schema';
import * as statements from '@/lib/scenarios/purchase-lookup/oracle/statements';
import * as swapPlan from '@/lib/scenarios/purchase-lookup/oracle/swap-plan';
import { detailsFromStaging, purchaseFromDetails, purchaseFromLines, stagingColumns, type StagingRow } from '@/lib/scenarios/purchase-lookup/purchase';
import { readDuringSwap } from '@/lib/scenarios/purchase-lookup/relational-oracle';
import type { LoadTable, MigrationCheckpoint } from '@/lib/scenarios/purchase-lookup/relational-store';

// The Oracle dialect's parts, read as one: its SQL, binds, row mappers and swap plans.
const oracle = { ...schema, ...statements, ...binds, ...rowMappers, ...swapPlan, readDuringSwap };

/*
 * The Oracle adapter's SQL and row mapping, read exactly as the driver receives them. No
 * database here: these check the statements' shape and binds; tests/integration/oracle-scenarios
 * runs them against a real Oracle when one is configured.
 */

// Oracle's reserved words (V$RESERVED_WORDS, RESERVED = 'Y'): not usable as bind names (ORA-01745).
const reserved = new Set(
  `ACCESS ADD ALL ALTER AND ANY AS ASC AUDIT BETWEEN BY CHAR CHECK CLUSTER COLUMN COMMENT COMPRESS CONNECT CREATE CURRENT DATE
  DECIMAL DEFAULT DELETE DESC DISTINCT DROP ELSE EXCLUSIVE EXISTS FILE FLOAT FOR FROM GRANT GROUP HAVING IDENTIFIED IMMEDIATE IN
  INCREMENT INDEX INITIAL INSERT INTEGER INTERSECT INTO IS LEVEL LIKE LOCK LONG MAXEXTENTS MINUS MLSLABEL MODE MODIFY NOAUDIT
  NOCOMPRESS NOT NOWAIT NULL NUMBER OF OFFLINE ON ONLINE OPTION OR ORDER PCTFREE PRIOR PUBLIC RAW RENAME RESOURCE REVOKE ROW
  ROWID ROWNUM ROWS SELECT SESSION SET SHARE SIZE SMALLINT START SUCCESSFUL SYNONYM SYSDATE TABLE THEN TO TRIGGER UID UNION
  UNIQUE UPDATE USER VALIDATE VALUES VARCHAR VARCHAR2 VIEW WHENEVER WHERE WITH`.split(/\s+/),
);

const sqlConstants = Object.entries(oracle).filter(([name, value]) => typeof value === 'string' && /^[A-Z_]+$/.test(name) && /\b(SELECT|INSERT|UPDATE|DELETE|MERGE|CREATE|BEGIN)\b/.test(value)) as [string, string][];

/** The quoted literals of a statement: only format models and fixed words may appear, never data. */
const literals = (sql: string) => [...sql.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!);
const allowedLiterals = new Set(['', 'YYYY-MM-DD', 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"', '+00:00', 'USERENV', 'CURRENT_SCHEMA', 'CUSTOMER%', 'SELLER%', 'PRODUCT%', 'PURCHASE%', 'LOOKUP%']);

/** The expressions of a SELECT list, split on top-level commas. */
function selectList(sql: string): string[] {
  const body = sql.slice(sql.indexOf('SELECT ') + 'SELECT '.length, sql.indexOf('\nFROM '));
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of body) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

describe('Oracle lookup SQL: binds only', () => {
  it('has statements to check', () => {
    expect(sqlConstants.map(([name]) => name)).toEqual(expect.arrayContaining(['PIVOT_INSERT', 'FIND_PURCHASE_LINES', 'STAGING_PAGE_AFTER', 'WRITE_CHECKPOINT', 'RECORD_NEW_DATASET']));
  });

  it.each(sqlConstants)('%s holds no data values: no literals but format models, no PostgreSQL $n placeholders', (_name, sql) => {
    for (const literal of literals(sql)) expect(allowedLiterals, `literal '${literal}'`).toContain(literal);
    expect(sql).not.toMatch(/\$\d/);
    for (const name of bindNames(sql)) expect(reserved.has(name.toUpperCase()), `bind :${name}`).toBe(false);
  });

  it('passes exactly the binds each statement names (the thin driver refuses missing and extra names)', () => {
    const key = { customerId: '42', purchaseId: '4242' };
    const cases: Array<[string, Record<string, unknown>]> = [
      [oracle.FIND_PURCHASE_LINES, oracle.purchaseLinesBinds(key)],
      [oracle.FIND_CUSTOMER_LINES, oracle.customerLinesBinds('42')],
      [oracle.PIVOT_INSERT, oracle.pivotBinds(1, 25_000)],
      [oracle.RECORD_NEW_DATASET, oracle.datasetBinds({ seed: 7, purchases: 100 })],
      [oracle.pivotInsertSql('PURCHASE_DYNAMODB_FORMAT_NEW'), oracle.pivotBinds(1, 25_000)],
      ...oracle.stagingCommit('b').map((s) => [s.sql, s.binds] as [string, Record<string, unknown>]),
      ...oracle.RELOAD_COMMIT.map((s) => [s.sql, s.binds] as [string, Record<string, unknown>]),
      [oracle.MARK_STAGING_BUILT, { buildId: 'b' }],
      [oracle.WRITE_SWAP_MARKER, { tag: 'ABC123' }],
      [oracle.GATHER_STATS, { tableName: 'CUSTOMER_NEW' }],
      [oracle.stagingPageStatement(null, 10).sql, oracle.stagingPageStatement(null, 10).binds],
      [oracle.stagingPageStatement(key, 10).sql, oracle.stagingPageStatement(key, 10).binds],
      [oracle.stagingRowsByKeysSql(3), oracle.stagingKeyBinds([key, key, key])],
    ];
    for (const [sql, binds] of cases) expect(bindNames(sql).map((n) => n.toUpperCase()).sort()).toEqual(Object.keys(binds).map((n) => n.toUpperCase()).sort());
  });

  it('binds ids as numbers for the join (the columns are NUMBER) and as strings for the staging keys (VARCHAR2)', () => {
    expect(oracle.purchaseLinesBinds({ customerId: '42', purchaseId: '7' })).toEqual({ customerId: 42, purchaseId: 7 });
    expect(oracle.stagingPageStatement({ customerId: '42', purchaseId: '7' }, 1_000).binds).toEqual({ customerId: '42', purchaseId: '7', pageSize: 1_000 });
    expect(oracle.stagingKeyBinds([{ customerId: '1', purchaseId: '2' }, { customerId: '3', purchaseId: '4' }])).toEqual({ c0: '1', p0: '2', c1: '3', p1: '4' });
  });

  it('builds key lists from placeholders only: the text depends on how many keys, never on which', () => {
    expect(oracle.stagingRowsByKeysSql(2)).toContain('WHERE (CUSTOMER_ID, PURCHASE_ID) IN ((:c0, :p0), (:c1, :p1))');
    expect(oracle.purchaseKeysByIdsSql(3)).toContain('WHERE PURCHASEID IN (:1, :2, :3)');
    expect(() => oracle.purchaseKeysByIdsSql(oracle.IN_LIST_MAX + 1)).toThrow(RangeError);
    expect(() => oracle.stagingRowsByKeysSql(0)).toThrow(RangeError);
    expect(bindNames(oracle.purchaseKeysByIdsSql(oracle.IN_LIST_MAX))).toHaveLength(1_000);
  });
});

describe('the workshop queries in Oracle', () => {
  it('the first query: the four-table join for one purchase, lines in purchaseseq order, the date in a fixed format', () => {
    const sql = oracle.FIND_PURCHASE_LINES;
    expect(sql).toMatch(/FROM PURCHASE pc\s+INNER JOIN CUSTOMER c ON pc.CUSTOMERID = c.CUSTOMERID\s+INNER JOIN PRODUCT pd ON pc.PRODUCTID = pd.PRODUCTID\s+INNER JOIN SELLER s ON pd.SELLERID = s.SELLERID/);
    expect(sql).toMatch(/WHERE pc.CUSTOMERID = :customerId AND pc.PURCHASEID = :purchaseId\s+ORDER BY pc.PURCHASESEQ$/);
    expect(sql).toContain(`TO_CHAR(pc.PURCHASEDATE, 'YYYY-MM-DD') AS PURCHASEDATE`);
    expect(oracle.FIND_CUSTOMER_LINES).toMatch(/WHERE pc.CUSTOMERID = :customerId\s+ORDER BY pc.PURCHASEID, pc.PURCHASESEQ$/);
  });

  it('the pivot: INSERT INTO PURCHASE_DYNAMODB_FORMAT ... SELECT with 20 expressions for the 20 columns, strings via TO_CHAR, GROUP BY as the workshop', () => {
    const sql = oracle.PIVOT_INSERT;
    expect(sql.startsWith(`INSERT INTO PURCHASE_DYNAMODB_FORMAT (${stagingColumns.join(', ')})\nSELECT `)).toBe(true);
    const expressions = selectList(sql);
    expect(expressions).toHaveLength(stagingColumns.length);
    expect(expressions.slice(0, 5)).toEqual(['TO_CHAR(c.CUSTOMERID)', 'TO_CHAR(pc.PURCHASEID)', `TO_CHAR(pc.PURCHASEDATE, 'YYYY-MM-DD')`, 'c.NAME', 'c.ADDRESS']);
    for (const slot of [1, 2, 3]) {
      const [seq, name, price, quantity, tel] = expressions.slice(5 * slot, 5 * slot + 5);
      expect(seq).toBe(`TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${slot} THEN pc.PURCHASESEQ ELSE 0 END))`);
      expect(name).toBe(`MAX(CASE WHEN pc.PURCHASESEQ = ${slot} THEN pd.PRODUCTNAME ELSE '' END)`);
      expect(price).toBe(`TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${slot} THEN pd.PRICE ELSE 0 END))`);
      expect(quantity).toBe(`TO_CHAR(MAX(CASE WHEN pc.PURCHASESEQ = ${slot} THEN pc.QUANTITY ELSE 0 END))`);
      expect(tel).toBe(`MAX(CASE WHEN pc.PURCHASESEQ = ${slot} THEN s.TELNUMBER ELSE '' END)`);
    }
    expect(sql).toContain('WHERE pc.PURCHASEID BETWEEN :fromId AND :toId');
    expect(sql.endsWith('GROUP BY c.CUSTOMERID, pc.PURCHASEID, pc.PURCHASEDATE, c.NAME, c.ADDRESS')).toBe(true);
  });

  it('builds staging in purchase-id ranges that cover every id once', () => {
    expect(oracle.idRanges(1, 60_000, oracle.STAGING_CHUNK_PURCHASES)).toEqual([
      [1, 25_000],
      [25_001, 50_000],
      [50_001, 60_000],
    ]);
    expect(oracle.idRanges(5, 5, 10)).toEqual([[5, 5]]);
  });

  it('builds staging beside the live table and swaps it in: no DELETE of the staging rows anywhere, never TRUNCATE', () => {
    expect(oracle.pivotInsertSql('PURCHASE_DYNAMODB_FORMAT_NEW').startsWith('INSERT INTO PURCHASE_DYNAMODB_FORMAT_NEW (')).toBe(true);
    expect(oracle.pivotInsertSql('PURCHASE_DYNAMODB_FORMAT_NEW')).toBe(oracle.PIVOT_INSERT.replace('INSERT INTO PURCHASE_DYNAMODB_FORMAT (', 'INSERT INTO PURCHASE_DYNAMODB_FORMAT_NEW ('));
    expect(oracle.EMPTY_CHECKPOINT).toBe('DELETE FROM LOOKUP_MIGRATION_CHECKPOINT');
    for (const [, sql] of sqlConstants) {
      expect(sql).not.toMatch(/\bTRUNCATE\b/);
      expect(sql).not.toMatch(/DELETE FROM PURCHASE_DYNAMODB_FORMAT/);
    }
  });
});

describe('keyset pagination over the staging table', () => {
  it('pages in primary-key order with FETCH FIRST, after a key without a row-value comparison', () => {
    expect(oracle.STAGING_FIRST_PAGE).toMatch(/ORDER BY CUSTOMER_ID, PURCHASE_ID\s+FETCH FIRST :pageSize ROWS ONLY$/);
    expect(oracle.STAGING_PAGE_AFTER).toContain('WHERE CUSTOMER_ID >= :customerId AND (CUSTOMER_ID > :customerId OR PURCHASE_ID > :purchaseId)');
    expect(oracle.STAGING_PAGE_AFTER).toMatch(/ORDER BY CUSTOMER_ID, PURCHASE_ID\s+FETCH FIRST :pageSize ROWS ONLY$/);
    expect(oracle.STAGING_PAGE_AFTER).not.toMatch(/\(CUSTOMER_ID, PURCHASE_ID\)\s*>/);
  });

  it('the predicate picks exactly the keys after the cursor in byte order, as (c, p) > (C, P) would', () => {
    // The SQL's predicate, evaluated over string keys with binary comparison (NLS_COMP = BINARY).
    const after = (c: string, p: string, C: string, P: string) => c >= C && (c > C || p > P);
    const keys = ['1', '10', '100', '2', '20', '9'].flatMap((c) => ['1', '11', '2', '30'].map((p) => [c, p] as const));
    const byteOrder = [...keys].sort(([c1, p1], [c2, p2]) => (c1 < c2 ? -1 : c1 > c2 ? 1 : p1 < p2 ? -1 : p1 > p2 ? 1 : 0));
    byteOrder.forEach(([C, P], index) => {
      expect(byteOrder.filter(([c, p]) => after(c, p, C, P))).toEqual(byteOrder.slice(index + 1));
    });
  });

  it('every pooled session compares and sorts in binary order', async () => {
    const { SESSION_SETUP } = await import('@/lib/db/oracle/pool');
    expect(SESSION_SETUP).toBe('ALTER SESSION SET NLS_SORT = BINARY NLS_COMP = BINARY');
  });
});

describe('bulk load with executeMany', () => {
  const dataset = generateDataset({ purchases: 3_000, seed: 5 });
  const rowsOf: Record<LoadTable, () => (readonly (string | number)[])[]> = {
    customer: () => [...dataset.customers()].flat(),
    seller: () => [...dataset.sellers()].flat(),
    product: () => [...dataset.products()].flat(),
    purchase: () => [...dataset.purchaseLines()].flat(),
  };

  it.each(Object.keys(oracle.loadSpecs) as LoadTable[])('%s: one positional bind and one bind definition per generated column', (table) => {
    const spec = oracle.loadSpecs[table];
    const sql = spec.sql(`${table.toUpperCase()}_NEW`);
    expect(sql).toMatch(new RegExp(`^INSERT INTO ${table.toUpperCase()}_NEW \\(`));
    const rows = rowsOf[table]();
    expect(bindNames(sql)).toEqual(rows[0]!.map((_, i) => String(i + 1)));
    expect(spec.bindDefs).toHaveLength(rows[0]!.length);
    // Every value fits its bind definition: strings within maxSize bytes, numbers bound as numbers.
    for (const row of rows) {
      row.forEach((value, i) => {
        const def = spec.bindDefs[i]!;
        if (typeof value === 'string') expect(Buffer.byteLength(value)).toBeLessThanOrEqual(def.maxSize!);
        else expect(def.maxSize).toBeUndefined();
      });
    }
  });

  it('loads dates from text with a fixed format model, whatever NLS_DATE_FORMAT is', () => {
    expect(oracle.loadSpecs.purchase.sql('PURCHASE_NEW')).toContain(`TO_DATE(:6, 'YYYY-MM-DD')`);
  });

  it('sends LOAD_BATCH_ROWS rows per executeMany call: a few round trips, never one per row', () => {
    expect(oracle.LOAD_BATCH_ROWS).toBe(5_000);
    const lines = rowsOf.purchase();
    const calls = oracle.loadBatches(lines);
    expect(calls.length).toBe(Math.ceil(lines.length / oracle.LOAD_BATCH_ROWS));
    expect(calls.every((batch) => batch.length <= oracle.LOAD_BATCH_ROWS)).toBe(true);
    expect(calls.flat()).toEqual(lines);
  });
});

describe('schema DDL', () => {
  it('creates the four tables under a live or a _NEW name, with Oracle types', () => {
    expect(oracle.createTableSql('PURCHASE')).toMatch(/^CREATE TABLE PURCHASE \(/);
    expect(oracle.createTableSql('PURCHASE', '_NEW')).toMatch(/^CREATE TABLE PURCHASE_NEW \(/);
    expect(oracle.createTableSql('PURCHASE')).toContain('PURCHASEDATE DATE NOT NULL');
    expect(oracle.createTableSql('CUSTOMER')).toContain('NAME VARCHAR2(40 CHAR) NOT NULL');
    expect(oracle.createTableSql('PRODUCT')).toContain('PRICE NUMBER(10) NOT NULL');
    for (const table of oracle.LOOKUP_TABLES) expect(oracle.createTableSql(table)).not.toMatch(/IF NOT EXISTS|varchar\(|integer|text/);
  });

  it('the staging table: the 20 workshop columns as VARCHAR2, keyed (CUSTOMER_ID, PURCHASE_ID) under a name of its own build', () => {
    const columns = [...oracle.createStagingSql().matchAll(/\b([A-Z_0-9]+) VARCHAR2\(\d+ CHAR\)/g)].map((m) => m[1]);
    expect(columns).toEqual([...stagingColumns]);
    expect(oracle.createStagingSql('_NEW')).toMatch(/^CREATE TABLE PURCHASE_DYNAMODB_FORMAT_NEW \(/);
    expect(oracle.stagingKeySql('_NEW', 'AB12CD')).toBe('ALTER TABLE PURCHASE_DYNAMODB_FORMAT_NEW ADD CONSTRAINT PURCHASE_DYNAMODB_FT_PK_AB12CD PRIMARY KEY (CUSTOMER_ID, PURCHASE_ID)');
    expect(oracle.supportTableDdl('AB12CD').PURCHASE_DYNAMODB_FORMAT).toEqual([oracle.createStagingSql(), oracle.stagingKeySql('', 'AB12CD')]);
  });

  it('the data set table is built beside too: one row (CHECK ID = 1), constraints named with the load tag', () => {
    const ddl = oracle.createDatasetSql('_NEW', 'AB12CD');
    expect(ddl).toMatch(/^CREATE TABLE LOOKUP_DATASET_NEW \(/);
    expect(ddl).toContain('ID NUMBER(1) CONSTRAINT LOOKUP_DATASET_PK_AB12CD PRIMARY KEY CONSTRAINT LOOKUP_DATASET_ONE_AB12CD CHECK (ID = 1)');
    expect(oracle.RECORD_NEW_DATASET).toMatch(/^INSERT INTO LOOKUP_DATASET_NEW \(ID, SEED, PURCHASES, GENERATED_AT, STAGING_BUILD_ID, STAGING_BUILT_AT\)\nVALUES \(1, :seed, :purchases, SYSTIMESTAMP, NULL, NULL\)$/);
    for (const name of ['PURCHASE_DYNAMODB_FORMAT_NEW', 'PURCHASE_DYNAMODB_FORMAT_OLD', 'LOOKUP_DATASET_OLD']) expect(identifier(name)).toBe(name);
  });

  it('names keys with the load tag, within 30 characters, pointing at the tables of the same set', () => {
    const ddl = oracle.keyDdl('_NEW', 'AB12CD');
    expect(ddl).toContain('ALTER TABLE PURCHASE_NEW ADD CONSTRAINT PURCHASE_PK_AB12CD PRIMARY KEY (PURCHASEID, PURCHASESEQ)');
    expect(ddl).toContain('ALTER TABLE PURCHASE_NEW ADD CONSTRAINT PURCHASE_CUSTOMER_FK_AB12CD FOREIGN KEY (CUSTOMERID) REFERENCES CUSTOMER_NEW (CUSTOMERID)');
    expect(ddl).toContain('CREATE INDEX PURCHASE_CUSTOMER_IX_AB12CD ON PURCHASE_NEW (CUSTOMERID, PURCHASEID)');
    for (const statement of ddl) for (const name of statement.match(/[A-Z_0-9]+_AB12CD/g) ?? []) expect(name.length).toBeLessThanOrEqual(30);
    expect(oracle.newLoadTag()).toMatch(/^[0-9A-F]{6}$/);
  });

  it('records the checkpoint with MERGE (an upsert)', () => {
    expect(oracle.WRITE_CHECKPOINT).toMatch(/^MERGE INTO LOOKUP_MIGRATION_CHECKPOINT t/);
    expect(oracle.WRITE_CHECKPOINT).toMatch(/WHEN NOT MATCHED THEN INSERT/);
  });
});

describe('replacing the data set although DDL commits: build beside, swap names, recover', () => {
  type Data = 'old' | 'new';
  /** A schema as a map of table name to the data set it holds, plus the swap marker. */
  class Schema {
    tables = new Map<string, Data>();
    marker = false;
    constructor(swapped: readonly string[] = oracle.RELOAD_SWAP_TABLES) {
      for (const table of oracle.RELOAD_SWAP_TABLES) this.tables.set(table, 'old');
      for (const table of swapped) this.tables.set(table + '_NEW', 'new');
    }
    run(sql: string) {
      const rename = /^ALTER TABLE (\w+) RENAME TO (\w+)$/.exec(sql);
      const drop = /^DROP TABLE (\w+) CASCADE CONSTRAINTS PURGE$/.exec(sql);
      if (rename) {
        const [, from, to] = rename;
        if (!this.tables.has(from!)) throw new Error(`ORA-00942: ${from}`);
        if (this.tables.has(to!)) throw new Error(`ORA-00955: ${to}`);
        this.tables.set(to!, this.tables.get(from!)!);
        this.tables.delete(from!);
      } else if (drop) {
        if (!this.tables.delete(drop[1]!)) throw new Error(`ORA-00942: ${drop[1]}`);
      } else throw new Error(`unexpected ${sql}`);
    }
    apply(step: swapPlan.SwapStep) {
      if (step.step === 'mark') this.marker = true;
      else if (step.step === 'commit') this.marker = false;
      else this.run(step.sql);
    }
    recover() {
      for (const sql of oracle.planRecovery(new Set(this.tables.keys()), this.marker)) this.run(sql);
      this.marker = false;
    }
    live(tables: readonly string[] = oracle.RELOAD_SWAP_TABLES): (Data | undefined)[] {
      return tables.map((table) => this.tables.get(table));
    }
  }
  const all = (data: Data, tables: readonly string[] = oracle.RELOAD_SWAP_TABLES) => tables.map(() => data);
  const reload = (schema: Schema) => oracle.planSwap(new Set(schema.tables.keys()), oracle.RELOAD_SWAP_TABLES, oracle.RELOAD_COMMIT);

  it('a reload swaps the staging table and the data set row with the four tables; its commit touches only one-row tables', () => {
    expect(oracle.RELOAD_SWAP_TABLES).toEqual(['LOOKUP_DATASET', 'CUSTOMER', 'SELLER', 'PRODUCT', 'PURCHASE', 'PURCHASE_DYNAMODB_FORMAT']);
    const steps = reload(new Schema());
    const renamesIn = steps.filter((s) => s.step === 'rename' && s.sql.includes('_NEW RENAME')).map((s) => (s as { sql: string }).sql);
    expect(renamesIn).toContain('ALTER TABLE PURCHASE_DYNAMODB_FORMAT_NEW RENAME TO PURCHASE_DYNAMODB_FORMAT');
    const commits = steps.filter((s) => s.step === 'commit');
    expect(commits).toHaveLength(1);
    const statements = (commits[0] as { statements: swapPlan.BoundStatement[] }).statements.map((s) => s.sql);
    expect(statements).toEqual(['DELETE FROM LOOKUP_MIGRATION_CHECKPOINT', 'DELETE FROM LOOKUP_LOAD_SWAP']);
    // Nothing in the swap window scales with the data set.
    for (const sql of [...statements, ...oracle.stagingCommit('b').map((s) => s.sql)]) {
      expect(sql).toMatch(/^(DELETE FROM|UPDATE) (LOOKUP_MIGRATION_CHECKPOINT|LOOKUP_LOAD_SWAP|LOOKUP_DATASET)\b/);
      expect(sql).not.toMatch(/PURCHASE|CUSTOMER|SELLER|PRODUCT/);
    }
    expect(oracle.stagingCommit('b')[0]!.sql).toMatch(/WHERE ID = 1$/);
  });

  it('puts the new data set row in place before any new purchase line, so no reader sees new lines with the old seed', () => {
    const schema = new Schema();
    let seedBeforeLines: Data | undefined;
    for (const step of reload(schema)) {
      schema.apply(step);
      // What a reader sees after each step: the lines, then the seed (undefined: ORA-00942, read again).
      const [dataset, , , , purchase] = schema.live();
      if (purchase === 'new' && dataset !== 'new') throw new Error(`new lines with the ${dataset} seed`);
      if (purchase === 'new') seedBeforeLines ??= dataset;
      // Never a mix of old and new tables under the live names: the join sees one data set or fails.
      expect(new Set(schema.live().filter(Boolean)).size).toBeLessThanOrEqual(1);
    }
    expect(seedBeforeLines).toBe('new');
  });

  it('a complete swap leaves the new data set under the live names and nothing else', () => {
    const schema = new Schema();
    for (const step of reload(schema)) schema.apply(step);
    expect(schema.live()).toEqual(all('new'));
    expect([...schema.tables.keys()].sort()).toEqual([...oracle.RELOAD_SWAP_TABLES].sort());
    expect(oracle.planRecovery(new Set(schema.tables.keys()), false)).toEqual([]);
  });

  it('a stop before any step, or at any step before the commit, recovers the previous data set; after it, the new one', () => {
    const steps = reload(new Schema());
    const commitAt = steps.findIndex((s) => s.step === 'commit');
    expect(steps[0]).toEqual({ step: 'mark' });
    for (let stopAt = 0; stopAt <= steps.length; stopAt++) {
      const schema = new Schema();
      for (const step of steps.slice(0, stopAt)) schema.apply(step);
      schema.recover();
      const expected: Data = stopAt > commitAt ? 'new' : 'old';
      expect(schema.live(), `stopped before step ${stopAt}`).toEqual(all(expected));
      expect([...schema.tables.keys()].sort(), `stopped before step ${stopAt}`).toEqual([...oracle.RELOAD_SWAP_TABLES].sort());
    }
  });

  it('a staging build swaps the staging table alone, with the build id in its commit, and recovers the same way', () => {
    const steps = oracle.planSwap(new Set(new Schema(oracle.STAGING_SWAP_TABLES).tables.keys()), oracle.STAGING_SWAP_TABLES, oracle.stagingCommit('build-1'));
    expect(steps.filter((s) => s.step === 'rename').map((s) => (s as { sql: string }).sql)).toEqual([
      'ALTER TABLE PURCHASE_DYNAMODB_FORMAT RENAME TO PURCHASE_DYNAMODB_FORMAT_OLD',
      'ALTER TABLE PURCHASE_DYNAMODB_FORMAT_NEW RENAME TO PURCHASE_DYNAMODB_FORMAT',
    ]);
    expect(steps.find((s) => s.step === 'commit')).toMatchObject({ statements: [{ binds: { buildId: 'build-1' } }, {}, {}] });
    const commitAt = steps.findIndex((s) => s.step === 'commit');
    for (let stopAt = 0; stopAt <= steps.length; stopAt++) {
      const schema = new Schema(oracle.STAGING_SWAP_TABLES);
      for (const step of steps.slice(0, stopAt)) schema.apply(step);
      schema.recover();
      expect(schema.live(), `stopped before step ${stopAt}`).toEqual([...all('old').slice(0, 5), stopAt > commitAt ? 'new' : 'old']);
    }
  });

  it('a recovery that itself stops part-way is finished by the next one', () => {
    const steps = reload(new Schema());
    const commitAt = steps.findIndex((s) => s.step === 'commit');
    for (let stopAt = 1; stopAt <= commitAt; stopAt++) {
      const schema = new Schema();
      for (const step of steps.slice(0, stopAt)) schema.apply(step);
      const plan = oracle.planRecovery(new Set(schema.tables.keys()), schema.marker);
      for (let partial = 0; partial < plan.length; partial++) {
        const copy = new Schema();
        copy.tables = new Map(schema.tables);
        copy.marker = schema.marker;
        for (const sql of plan.slice(0, partial)) copy.run(sql);
        copy.recover();
        expect(copy.live()).toEqual(all('old'));
      }
    }
  });

  it('drops the _OLD tables children first after the commit, and moves no table that is not there (a first load)', () => {
    const cleanup = reload(new Schema()).filter((s) => s.step === 'cleanup');
    expect(cleanup.map((s) => (s as { sql: string }).sql)).toEqual(
      ['PURCHASE_DYNAMODB_FORMAT', 'PURCHASE', 'PRODUCT', 'SELLER', 'CUSTOMER', 'LOOKUP_DATASET'].map((t) => `DROP TABLE ${t}_OLD CASCADE CONSTRAINTS PURGE`),
    );
    const first = oracle.planSwap(new Set(oracle.RELOAD_SWAP_TABLES.map((t) => t + '_NEW')), oracle.RELOAD_SWAP_TABLES, oracle.RELOAD_COMMIT);
    expect(first.filter((s) => s.step === 'rename').map((s) => (s as { sql: string }).sql)).toEqual(oracle.RELOAD_SWAP_TABLES.map((t) => `ALTER TABLE ${t}_NEW RENAME TO ${t}`));
    expect(first.some((s) => s.step === 'cleanup')).toBe(false);
  });
});

describe('the schema lock and reads during a swap', () => {
  it('waits a bounded time for the schema lock (FOR UPDATE WAIT n), the number checked', () => {
    expect(oracle.takeSchemaLockSql(oracle.SCHEMA_LOCK_WAIT_S)).toBe(`SELECT ID FROM LOOKUP_SCHEMA_LOCK WHERE ID = 1 FOR UPDATE WAIT ${oracle.SCHEMA_LOCK_WAIT_S}`);
    expect(oracle.takeSchemaLockSql(oracle.RELOAD_LOCK_WAIT_S)).toMatch(/FOR UPDATE WAIT 10$/);
    for (const bad of [-1, 1.5, 601, Number.NaN]) expect(() => oracle.takeSchemaLockSql(bad)).toThrow(RangeError);
  });

  it('a read that meets the renames (ORA-00942, ORA-08103) runs once more; a second miss is a 503 with a sentence', async () => {
    let calls = 0;
    const rows = await oracle.readDuringSwap(async () => {
      calls++;
      if (calls === 1) throw Object.assign(new Error('ORA-00942: table or view does not exist'), { errorNum: 942 });
      return 'rows';
    });
    expect([rows, calls]).toEqual(['rows', 2]);

    calls = 0;
    const failure = await oracle
      .readDuringSwap(async () => {
        calls++;
        throw Object.assign(new Error('ORA-08103: object no longer exists'), { errorNum: 8103 });
      })
      .catch((error: unknown) => error);
    expect(calls).toBe(2);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'unavailable', status: 503, details: { reason: 'reloading' } });
    expect((failure as Error).message).toMatch(/being swapped for a new data set/);
  });

  it('does not retry any other error, and hands it on unchanged', async () => {
    for (const error of [Object.assign(new Error('ORA-00904: invalid identifier'), { errorNum: 904 }), new Error('NJS-500: connection closed'), Object.assign(new Error('ORA-00054: busy'), { errorNum: 54 })]) {
      let calls = 0;
      await expect(
        oracle.readDuringSwap(async () => {
          calls++;
          throw error;
        }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });
});

describe('rows from the driver into the app shapes', () => {
  it('maps the join row (upper-case names) to JoinedLine', () => {
    const line = oracle.joinedLineFromOracle({
      CUSTOMERID: 7,
      PURCHASEID: 70,
      PURCHASESEQ: 2,
      PRODUCTNAME: '스마트 텀블러',
      PRICE: 19_000,
      QUANTITY: 3,
      TELNUMBER: '02-555-0101',
      PURCHASEDATE: '2021-05-01',
      NAME: '김민준',
      ADDRESS: '서울특별시 강남구 테헤란로 1',
    });
    expect(line).toEqual({
      customerid: 7,
      purchaseid: 70,
      purchaseseq: 2,
      productname: '스마트 텀블러',
      price: 19_000,
      quantity: 3,
      telnumber: '02-555-0101',
      purchasedate: '2021-05-01',
      name: '김민준',
      address: '서울특별시 강남구 테헤란로 1',
    });
    expect(purchaseFromLines([line])?.items).toEqual([{ seq: 2, productName: '스마트 텀블러', price: 19_000, quantity: 3, sellerTelNumber: '02-555-0101' }]);
  });

  it("reads Oracle's NULL for the pivot's '' as '', so a one-line purchase gives the same staging row and item as PostgreSQL", () => {
    const head = { CUSTOMER_ID: '7', PURCHASE_ID: '70', PURCHASE_DATE: '2021-05-01', CUSTOMER_NAME: '김민준', CUSTOMER_ADDRESS: '서울특별시 중구 세종대로 1' };
    const slot1 = { PURCHASE_SEQ_1: '1', PRODUCT_NAME_1: '보조배터리', PRODUCT_PRICE_1: '25000', QUANTITY_1: '1', SELLER_TEL_NUMBER_1: '1588-1234' };
    const emptySlot = (n: number, blank: string | null) => ({
      [`PURCHASE_SEQ_${n}`]: '0',
      [`PRODUCT_NAME_${n}`]: blank,
      [`PRODUCT_PRICE_${n}`]: '0',
      [`QUANTITY_${n}`]: '0',
      [`SELLER_TEL_NUMBER_${n}`]: blank,
    });
    const fromOracle = oracle.stagingRowFromOracle({ ...head, ...slot1, ...emptySlot(2, null), ...emptySlot(3, null) });
    const fromPostgres = { ...head, ...slot1, ...emptySlot(2, ''), ...emptySlot(3, '') } as StagingRow;
    expect(fromOracle).toEqual(fromPostgres);
    expect(Object.keys(fromOracle)).toEqual([...stagingColumns]);
    expect(itemFromStaging(fromOracle)).toEqual(itemFromStaging(fromPostgres));
    expect(itemFromStaging(fromOracle).purchase_details!.M!.PRODUCT_NAME_2).toEqual({ S: '' });
    const purchase = purchaseFromDetails({ customerId: '7', purchaseId: '70' }, detailsFromStaging(fromOracle));
    expect(purchase.items).toHaveLength(1);
  });

  it('maps counts, the data set and the checkpoint, with NULLs where nothing is recorded', () => {
    expect(oracle.rowCountsFromOracle({ CUSTOMER: 10, PRODUCT: 20, SELLER: 5, PURCHASE: 198, PURCHASES: 100, STAGING: 0 })).toEqual({
      customer: 10,
      product: 20,
      seller: 5,
      purchase: 198,
      purchases: 100,
      staging: 0,
    });
    expect(oracle.datasetInfoFromOracle(undefined)).toBeNull();
    expect(oracle.datasetInfoFromOracle({ SEED: 20220306, PURCHASES: 100, GENERATED_AT: '2024-01-02T03:04:05.678Z', STAGING_BUILD_ID: null, STAGING_BUILT_AT: null })).toEqual({
      seed: 20220306,
      purchases: 100,
      generatedAt: '2024-01-02T03:04:05.678Z',
      stagingBuildId: null,
      stagingBuiltAt: null,
    });
    expect(oracle.checkpointFromOracle(undefined)).toBeNull();
    const row = { STAGING_BUILD_ID: 'b1', LAST_CUSTOMER_ID: null, LAST_PURCHASE_ID: null, ROWS_DONE: 0, TOTAL_ROWS: 10, COMPLETED: 0, UPDATED_AT: '2024-01-02T03:04:05.678Z' };
    expect(oracle.checkpointFromOracle(row)).toEqual({ stagingBuildId: 'b1', after: null, rowsDone: 0, totalRows: 10, completed: false, updatedAt: '2024-01-02T03:04:05.678Z' });
    expect(oracle.checkpointFromOracle({ ...row, LAST_CUSTOMER_ID: '9', LAST_PURCHASE_ID: '99', ROWS_DONE: 10, COMPLETED: 1 })).toMatchObject({
      after: { customerId: '9', purchaseId: '99' },
      rowsDone: 10,
      completed: true,
    });
  });

  it('writes a checkpoint with the binds its MERGE names, completed as 0/1 and the time as checked ISO text', () => {
    const checkpoint: MigrationCheckpoint = {
      stagingBuildId: 'b1',
      after: { customerId: '9', purchaseId: '99' },
      rowsDone: 10,
      totalRows: 20,
      completed: true,
      updatedAt: '2024-01-02T03:04:05.678Z',
    };
    const binds = oracle.checkpointBinds(checkpoint);
    expect(Object.keys(binds).sort()).toEqual(bindNames(oracle.WRITE_CHECKPOINT).sort());
    expect(binds).toMatchObject({ completed: 1, rowsDone: 10, totalRows: 20, updatedAt: '2024-01-02T03:04:05.678Z' });
    expect(binds.lastCustomerId).toMatchObject({ val: '9' });
    expect(oracle.checkpointBinds({ ...checkpoint, after: null, completed: false })).toMatchObject({ completed: 0, lastCustomerId: { val: null }, lastPurchaseId: { val: null } });
    expect(() => oracle.checkpointBinds({ ...checkpoint, updatedAt: 'yesterday' })).toThrow(/ISO instant/);
  });

  it('samples distinct candidate ids inside the range, a few more than wanted', () => {
    let state = 1;
    const random = () => ((state = (state * 48_271) % 2_147_483_647) / 2_147_483_647);
    const ids = oracle.candidateIds(101, 10_100, 500, random);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Math.ceil(500 * 1.2) + 8);
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(101);
    expect(Math.max(...ids)).toBeLessThanOrEqual(10_100);
    expect(oracle.candidateIds(1, 5, 100, random).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(oracle.purchaseKeyFromOracle({ PURCHASEID: 70, CUSTOMERID: 7 })).toEqual({ customerId: '7', purchaseId: '70' });
  });
});
