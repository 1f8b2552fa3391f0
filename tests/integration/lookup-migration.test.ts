import { spawn } from 'node:child_process';
import path from 'node:path';
import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as postMigrate } from '@/app/api/lookup/migrate/route';
import { getConfig } from '@/lib/config';
import { getDynamoDb } from '@/lib/db/dynamodb/client';
import { getPostgresPool } from '@/lib/db/postgres/pool';
import { buildStagingTable } from '@/lib/scenarios/purchase-lookup/build-staging';
import { countPurchaseItems, itemFromStaging } from '@/lib/scenarios/purchase-lookup/dynamodb-purchases';
import { generatePurchaseData } from '@/lib/scenarios/purchase-lookup/generate/generate-purchase-data';
import { listLookupJobs, waitForLookupJob } from '@/lib/scenarios/purchase-lookup/jobs/job-registry';
import { migratePurchases } from '@/lib/scenarios/purchase-lookup/migration/migrate-purchases';
import { validateMigration } from '@/lib/scenarios/purchase-lookup/migration/validate-migration';
import { purchaseDetailsEqualJoin } from './lookup-staging-check';
import { getPurchaseStore } from '@/lib/scenarios/purchase-lookup/get-purchase-store';

const PURCHASES = 4_000;
const root = path.resolve(__dirname, '../..');

async function stagingCount(): Promise<number> {
  return (await (await getPurchaseStore()).countRows()).staging;
}

beforeAll(async () => {
  await generatePurchaseData({ purchases: PURCHASES, seed: 23 });
  const staging = await buildStagingTable();
  expect(staging.rows).toBe(PURCHASES);
});

describe('staging', () => {
  it('pivots every purchase into one string row that matches its joined lines', async () => {
    const store = await getPurchaseStore();
    expect(await stagingCount()).toBe(PURCHASES);
    const keys = await store.samplePurchaseKeys(200);
    const rows = await store.findStagingRows(keys);
    expect(rows).toHaveLength(200);
    for (const row of rows) {
      expect(Object.values(row).every((value) => typeof value === 'string')).toBe(true);
      const lines = await store.findPurchaseLines({ customerId: row.CUSTOMER_ID, purchaseId: row.PURCHASE_ID });
      expect(purchaseDetailsEqualJoin(row, lines)).toBe(true);
    }
  });

  it('gives the same data for the same seed and size', async () => {
    const checksum = async () =>
      (
        await getPostgresPool().query<{ sum: string }>(
          "SELECT md5(string_agg(t::text, ',' ORDER BY customer_id, purchase_id)) AS sum FROM purchase_dynamodb_format t",
        )
      ).rows[0]!.sum;
    const before = await checksum();
    await generatePurchaseData({ purchases: PURCHASES, seed: 23 });
    await buildStagingTable();
    expect(await checksum()).toBe(before);
  });
});

describe('migration', () => {
  it('resumes after a hard kill halfway and ends with exact counts, without rewriting what was checkpointed', async () => {
    const store = await getPurchaseStore();
    // The first run starts from nothing: a fresh table.
    const child = spawn(process.execPath, ['--require', './scripts/runtime/allow-server-only.cjs', '--import', 'tsx', 'tests/integration/lookup-migrate-child.ts'], {
      cwd: root,
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const killedAt = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the child ended before it was killed (${code}): ${stderr}`)));
      child.stdout.on('data', async (chunk: Buffer) => {
        const done = Math.max(...[...chunk.toString().matchAll(/done (\d+)/g)].map((m) => Number(m[1])));
        if (done < PURCHASES * 0.4) return;
        const checkpoint = await store.readCheckpoint();
        if (!checkpoint || checkpoint.rowsDone === 0 || child.killed) return;
        child.removeAllListeners('exit');
        child.kill('SIGKILL');
        resolve(done);
      });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
    const checkpoint = (await store.readCheckpoint())!;
    expect(checkpoint.completed).toBe(false);
    expect(checkpoint.rowsDone).toBeGreaterThan(0);
    expect(checkpoint.rowsDone).toBeLessThan(PURCHASES);
    expect(killedAt).toBeLessThan(PURCHASES);
    const itemsAfterCrash = await countPurchaseItems();
    expect(itemsAfterCrash).toBeGreaterThanOrEqual(checkpoint.rowsDone);

    const resumed = await migratePurchases({ mode: 'resume' });
    expect(resumed.status).toBe('completed');
    expect(resumed.resumed).toBe(true);
    expect(resumed.rowsSkipped).toBe(checkpoint.rowsDone);
    // Only what the checkpoint did not cover is written again.
    expect(resumed.rowsWritten).toBe(PURCHASES - checkpoint.rowsDone);
    expect(resumed.validation).toMatchObject({ passed: true, sourceCount: PURCHASES, targetCount: PURCHASES, mismatchCount: 0 });
    expect(await countPurchaseItems()).toBe(PURCHASES);
  });

  it('stops on request with its checkpoint saved, then resumes to exact counts', async () => {
    const controller = new AbortController();
    const stopped = await migratePurchases(
      { mode: 'restart', concurrency: 4 },
      { signal: controller.signal, onProgress: (p) => (p.done ?? 0) >= PURCHASES / 2 && controller.abort() },
    );
    expect(stopped.status).toBe('interrupted');
    expect(stopped.validation).toBeNull();
    const checkpoint = (await (await getPurchaseStore()).readCheckpoint())!;
    expect(checkpoint.rowsDone).toBe(stopped.rowsWritten);
    // Every batch in flight was awaited before saving: the table holds exactly the checkpointed rows.
    expect(await countPurchaseItems()).toBe(checkpoint.rowsDone);

    const resumed = await migratePurchases({ mode: 'resume' });
    expect(resumed.rowsWritten + stopped.rowsWritten).toBe(PURCHASES);
    expect(resumed.validation?.passed).toBe(true);
  });

  it('is idempotent: run again it writes nothing, restarted it rewrites to the same counts', async () => {
    const again = await migratePurchases({ mode: 'resume' });
    expect(again).toMatchObject({ alreadyComplete: true, rowsWritten: 0, status: 'completed' });
    expect(again.validation).toMatchObject({ passed: true, targetCount: PURCHASES });

    const restarted = await migratePurchases({ mode: 'restart' });
    expect(restarted).toMatchObject({ resumed: false, rowsWritten: PURCHASES });
    expect(restarted.validation).toMatchObject({ passed: true, sourceCount: PURCHASES, targetCount: PURCHASES });
  });

  it('lists what validation finds: a changed field, a missing item', async () => {
    const store = await getPurchaseStore();
    const [first, second] = await store.findStagingRows(await store.samplePurchaseKeys(2));
    const tampered = itemFromStaging(first!);
    tampered.purchase_details!.M!.QUANTITY_1 = { S: '99' };
    const TableName = getConfig().LOOKUP_TABLE;
    await getDynamoDb().send(new PutItemCommand({ TableName, Item: tampered }));
    await getDynamoDb().send(new DeleteItemCommand({ TableName, Key: { customer_id: { S: second!.CUSTOMER_ID }, purchase_id: { S: second!.PURCHASE_ID } } }));

    const report = await validateMigration(store, { sampleSize: PURCHASES });
    expect(report.passed).toBe(false);
    expect(report.targetCount).toBe(PURCHASES - 1);
    expect(report.mismatches).toEqual(
      expect.arrayContaining([
        { customerId: first!.CUSTOMER_ID, purchaseId: first!.PURCHASE_ID, field: 'purchase_details.QUANTITY_1', expected: JSON.stringify(first!.QUANTITY_1), actual: '"99"' },
        { customerId: second!.CUSTOMER_ID, purchaseId: second!.PURCHASE_ID, field: '(item)', expected: 'present', actual: 'missing' },
      ]),
    );
  });

  it('runs as a job started by the control route, answering 409 to a second start while it runs', async () => {
    const request = () => new NextRequest('http://localhost/api/lookup/migrate', { method: 'POST', body: JSON.stringify({ mode: 'restart' }) });
    const first = await postMigrate(request());
    expect(first.status).toBe(202);
    const second = await postMigrate(request());
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'conflict' } });
    const bad = await postMigrate(new NextRequest('http://localhost/api/lookup/migrate', { method: 'POST', body: JSON.stringify({ mode: 'sideways' }) }));
    expect(bad.status).toBe(400);
    await waitForLookupJob();
    const job = listLookupJobs().migrate!;
    expect(job).toMatchObject({ status: 'succeeded', done: PURCHASES, total: PURCHASES });
    expect(job.rowsPerSecond).toBeGreaterThan(0);
    expect((job.result as { validation: { passed: boolean } }).validation.passed).toBe(true);
  });
});
