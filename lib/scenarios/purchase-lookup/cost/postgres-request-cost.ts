import 'server-only';
import type { PoolClient } from 'pg';
import { getPostgresPool } from '@/lib/db/postgres/pool';
import { explainDocumentOf, summarizePlan, type ExplainDocument, type PlanCost } from '@/lib/scenarios/purchase-lookup/cost/postgres-plan';
import type { PurchaseKey } from '@/lib/scenarios/purchase-lookup/purchase';
import { purchaseLinesQuery } from '@/lib/scenarios/purchase-lookup/relational-postgres';

export interface RelationalSample extends PlanCost {
  key: PurchaseKey;
  /** Bytes PostgreSQL sent back for the statement itself (its rows on the wire, protocol included). */
  responseBytes: number;
}

/** The pg client's socket: node-postgres keeps it on its connection (not in its public types). */
function bytesRead(client: PoolClient): number {
  return (client as unknown as { connection: { stream: { bytesRead: number } } }).connection.stream.bytesRead;
}

/**
 * For each purchase: the lookup statement run once as the app runs it (bytes read off the
 * socket), then the same text with the same bind values under EXPLAIN (ANALYZE, BUFFERS, FORMAT
 * JSON), planned and executed by the real engine; the second EXPLAIN is the one reported. One
 * pooled connection for the whole sample.
 */
export async function measurePostgresLookups(keys: readonly PurchaseKey[]): Promise<{ samples: RelationalSample[]; plan: ExplainDocument | null; statement: string }> {
  const client = await getPostgresPool().connect();
  const samples: RelationalSample[] = [];
  let first: ExplainDocument | null = null;
  const statement = purchaseLinesQuery({ customerId: '0', purchaseId: '0' }).text;
  try {
    for (const key of keys) {
      const query = purchaseLinesQuery(key);
      const before = bytesRead(client);
      await client.query(query);
      const responseBytes = bytesRead(client) - before;
      const explain = { text: `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`, values: query.values };
      // The first execution of a plan on a connection also pays one-off page visits (hint bits,
      // catalog); the second shows what every request of a running app does.
      await client.query(explain);
      const explained = await client.query<{ 'QUERY PLAN': unknown }>(explain);
      const document = explainDocumentOf(explained.rows);
      first ??= document;
      samples.push({ key, responseBytes, ...summarizePlan(document) });
    }
  } finally {
    client.release();
  }
  return { samples, plan: first, statement };
}
