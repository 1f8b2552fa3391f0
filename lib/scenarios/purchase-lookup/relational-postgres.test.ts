import { describe, expect, it } from 'vitest';
import * as postgres from '@/lib/scenarios/purchase-lookup/relational-postgres';

/*
 * The PostgreSQL twin of the Oracle build-beside-then-swap: a reload and a staging build write
 * into tables of their own and swap them in at the end of their transaction, so readers never
 * wait for the load itself. Read from the statements; tests/integration runs them.
 */

describe('PostgreSQL reload: build beside, swap at the end', () => {
  it('names the new set’s keys and index with the suffix, pointing at the new tables', () => {
    const ddl = postgres.keyDdl('_new');
    expect(ddl).toContain('ALTER TABLE purchase_new ADD CONSTRAINT purchase_pk_new PRIMARY KEY (purchaseid, purchaseseq)');
    expect(ddl).toContain('ALTER TABLE purchase_new ADD CONSTRAINT purchase_customer_fk_new FOREIGN KEY (customerid) REFERENCES customer_new (customerid)');
    expect(ddl).toContain('CREATE INDEX purchase_customer_idx_new ON purchase_new (customerid, purchaseid)');
    expect(postgres.keyDdl()).toContain('ALTER TABLE product ADD CONSTRAINT product_seller_fk FOREIGN KEY (sellerid) REFERENCES seller (sellerid)');
  });

  it('the swap is catalog work only: drop the live tables, rename the new ones and their keys to the usual names', () => {
    const swap = postgres.planDataSwap();
    expect(swap[0]).toBe('DROP TABLE IF EXISTS purchase, product, seller, customer CASCADE');
    expect(swap).toContain('ALTER TABLE customer_new RENAME TO customer');
    expect(swap).toContain('ALTER TABLE purchase RENAME CONSTRAINT purchase_pk_new TO purchase_pk');
    expect(swap.at(-1)).toBe('ALTER INDEX purchase_customer_idx_new RENAME TO purchase_customer_idx');
    for (const sql of swap) expect(sql).toMatch(/^(DROP TABLE|ALTER TABLE \w+ RENAME|ALTER INDEX \w+ RENAME)/);
    // Every key the new set gets is renamed back, so the next reload can use the suffixed names again.
    const created = postgres.keyDdl('_new').map((sql) => /(?:CONSTRAINT|INDEX) (\w+_new)/.exec(sql)![1]);
    const renamedBack = swap.map((sql) => /(?:CONSTRAINT|INDEX) (\w+_new) (?:RENAME )?TO /.exec(sql)?.[1]).filter(Boolean);
    expect(renamedBack.sort()).toEqual(created.sort());
  });

  it('a staging build fills its own table and swaps it in with its key, never TRUNCATE of the live one', () => {
    expect(postgres.CREATE_NEW_STAGING).toMatch(/^CREATE TABLE purchase_dynamodb_format_new \(/);
    expect(postgres.CREATE_NEW_STAGING).not.toMatch(/PRIMARY KEY|IF NOT EXISTS/);
    expect(postgres.CREATE_NEW_STAGING).toMatch(/customer_id varchar\(20\) COLLATE "C" NOT NULL/);
    expect(postgres.STAGING_SWAP).toEqual([
      'ALTER TABLE purchase_dynamodb_format_new ADD CONSTRAINT purchase_dynamodb_ft_pk_new PRIMARY KEY (customer_id, purchase_id)',
      'DROP TABLE IF EXISTS purchase_dynamodb_format',
      'ALTER TABLE purchase_dynamodb_format_new RENAME TO purchase_dynamodb_format',
      'ALTER TABLE purchase_dynamodb_format RENAME CONSTRAINT purchase_dynamodb_ft_pk_new TO purchase_dynamodb_ft_pk',
    ]);
  });

  it('waits a bounded time for another process’s schema change', () => {
    expect(postgres.SCHEMA_LOCK_WAIT_S).toBeLessThan(postgres.RELOAD_LOCK_WAIT_S);
    expect(postgres.SCHEMA_BUSY_MESSAGE).toMatch(/try again when it has finished/);
  });
});
