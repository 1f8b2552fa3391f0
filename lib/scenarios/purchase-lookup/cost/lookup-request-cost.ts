import 'server-only';
import { getConfig } from '@/lib/config';
import { engineOf } from '@/lib/db/engine-names';
import type { EngineStamp } from '@/lib/load/engine-stamp';
import { AppError } from '@/lib/http/app-error';
import { samplePurchaseKeys } from '@/lib/scenarios/purchase-lookup/purchase-keys';
import { measureDynamoLookups, type DynamoSample } from '@/lib/scenarios/purchase-lookup/cost/dynamodb-request-cost';
import { measurePostgresLookups, type RelationalSample } from '@/lib/scenarios/purchase-lookup/cost/postgres-request-cost';
import type { ExplainDocument } from '@/lib/scenarios/purchase-lookup/cost/postgres-plan';
import { costPerMillionLookups, mean, type OnDemandPrice } from '@/lib/scenarios/purchase-lookup/cost/request-cost-math';
import { describeError } from '@/lib/http/to-error-response';
import { measureOracleLookup, ORACLE_COST_STATEMENTS, type OracleLookupStatistics } from '@/lib/scenarios/purchase-lookup/cost/oracle-request-cost';

/**
 * "Why": what one lookup costs each side, measured on the real engines for a sample of purchases.
 * These figures (buffers, index probes, read units, bytes) do not depend on the machine, unlike
 * the latency of an emulator on a laptop.
 */

export interface LookupCost {
  sampled: number;
  measuredAt: string;
  relational:
    | {
        available: true;
        engine: EngineStamp | null;
        statement: string;
        perLookup: { sharedHitBlocks: number; sharedReadBlocks: number; indexProbes: number; rowsReturned: number; rowsScanned: number; joins: number; tables: string[]; executionMs: number; responseBytes: number };
        samples: RelationalSample[];
        /** The first sample's plan as PostgreSQL wrote it. */
        plan: ExplainDocument | null;
      }
    | { available: false; engine: EngineStamp | null; reason: string; statements: string[]; oracle: OracleLookupStatistics[] | null; error: string | null };
  dynamodb: {
    engine: EngineStamp | null;
    perLookup: { readUnits: number; itemBytes: number; responseBytes: number; partitions: number };
    samples: DynamoSample[];
    costPerMillionUsd: number;
    price: OnDemandPrice;
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export async function measureLookupCost(sample: number): Promise<LookupCost> {
  const keys = await samplePurchaseKeys(sample).catch((error: unknown) => {
    // Tables not created yet read as "no data", not as a server fault.
    if (error instanceof AppError) throw error;
    throw new AppError('conflict', `There are no purchases to measure yet: generate and migrate data first.`);
  });
  if (keys.length === 0) throw new AppError('conflict', 'There are no purchases to measure yet: generate and migrate data first.');
  const config = getConfig();
  const price: OnDemandPrice = { readPerMillionUsd: config.DYNAMODB_READ_PRICE_PER_MILLION_USD, region: config.AWS_REGION, asOf: config.DYNAMODB_PRICE_AS_OF };
  const [relationalEngine, dynamoEngine] = await Promise.all([engineOf('relational'), engineOf('dynamodb')]);

  let relational: LookupCost['relational'];
  if (config.RELATIONAL_ENGINE === 'postgres') {
    const { samples, plan, statement } = await measurePostgresLookups(keys);
    relational = {
      available: true,
      engine: relationalEngine,
      statement,
      perLookup: {
        sharedHitBlocks: round(mean(samples.map((s) => s.sharedHitBlocks))),
        sharedReadBlocks: round(mean(samples.map((s) => s.sharedReadBlocks))),
        indexProbes: round(mean(samples.map((s) => s.indexProbes))),
        rowsReturned: round(mean(samples.map((s) => s.rowsReturned))),
        rowsScanned: round(mean(samples.map((s) => s.rowsScanned))),
        joins: round(mean(samples.map((s) => s.joins))),
        tables: [...new Set(samples.flatMap((s) => s.tables))].sort(),
        executionMs: round(mean(samples.map((s) => s.executionMs ?? 0)), 3),
        responseBytes: round(mean(samples.map((s) => s.responseBytes))),
      },
      samples,
      plan,
    };
  } else {
    // Written for Oracle's own statistics but never run against a real Oracle: shown as unverified.
    let oracle: OracleLookupStatistics[] | null = null;
    let error: string | null = null;
    try {
      oracle = [];
      for (const key of keys.slice(0, 5)) oracle.push(await measureOracleLookup(key));
    } catch (caught) {
      oracle = null;
      error = describeError(caught);
    }
    relational = {
      oracle,
      error,
      available: false,
      engine: relationalEngine,
      reason:
        "Oracle: the adapter reads the engine's own statistics for the lookup statement (run with the gather_plan_statistics hint, then DBMS_XPLAN.DISPLAY_CURSOR(format => 'ALLSTATS LAST') and V$SQL's buffer gets). That code is written but has not run against a real Oracle database here, so the panel does not show it yet.",
      statements: ORACLE_COST_STATEMENTS,
    };
  }

  const dynamoSamples = await measureDynamoLookups(keys);
  if (dynamoSamples.some((s) => !s.found)) {
    throw new AppError('conflict', 'Some sampled purchases are not in DynamoDB yet: run the migration first, then measure again.');
  }
  const readUnits = mean(dynamoSamples.map((s) => s.readUnits));
  return {
    sampled: keys.length,
    measuredAt: new Date().toISOString(),
    relational,
    dynamodb: {
      engine: dynamoEngine,
      perLookup: {
        readUnits: round(readUnits, 3),
        itemBytes: round(mean(dynamoSamples.map((s) => s.itemBytes))),
        responseBytes: round(mean(dynamoSamples.map((s) => s.responseBytes))),
        partitions: round(sum(dynamoSamples.map((s) => s.partitions)) / Math.max(1, dynamoSamples.length)),
      },
      samples: dynamoSamples,
      costPerMillionUsd: round(costPerMillionLookups(readUnits, price), 4),
      price,
    },
  };
}
