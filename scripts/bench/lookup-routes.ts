/**
 * The purchase lookup under load, both backends in the same run:
 * 1. the workshop's comparison through the app's own load engine (fair showdowns, closed model)
 *    at 2, 10 and 50 connections;
 * 2. each lookup route of the app against a bare node:http server doing the same join or GetItem
 *    through the same adapter, alternating rounds (goal: the app at least 0.8x the bare server),
 *    with the plain SDK's GetItem/s and a plain pg pool's joins/s from the bench process beside them;
 * 3. the cost of one lookup from GET /api/lookup/cost.
 *   LOOKUP_ROUTES_PURCHASES (default 100000), LOOKUP_ROUTES_SECONDS (default 20 per showdown side)
 */
import path from 'node:path';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { waitForPort } from '../stack/wait-for';
import { machineLine, repoRoot, spawnTs, stopChild, withBenchApp, writeBenchmarkSection, type BenchApp } from './harness';
import { runRemoteShowdown } from './load-cli';
import type { LookupCost } from '@/lib/scenarios/purchase-lookup/cost/lookup-request-cost';
import type { RunRecord } from '@/lib/scenario-catalog';

const PURCHASES = Number(process.env.LOOKUP_ROUTES_PURCHASES ?? 100_000);
const SHOWDOWN_SECONDS = Number(process.env.LOOKUP_ROUTES_SECONDS ?? 20);
const SHOWDOWN_CONNECTIONS = [2, 10, 50];
const ROUTE_CONNECTIONS = 10;
const ROUND_SECONDS = 5;
const ROUNDS = 3;

interface Key {
  customerId: string;
  purchaseId: string;
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function runJob(baseUrl: string, kind: 'generate' | 'staging' | 'migrate', body: unknown): Promise<void> {
  await post(`${baseUrl}/api/lookup/${kind}`, body);
  for (;;) {
    const { jobs } = (await (await fetch(`${baseUrl}/api/lookup/jobs`)).json()) as { jobs: Record<string, { status: string; error?: string } | null> };
    const job = jobs[kind];
    if (job && job.status !== 'running') {
      if (job.status !== 'succeeded') throw new Error(`${kind} ${job.status}: ${job.error ?? ''}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function sampleKeys(databaseUrl: string, count: number): Promise<Key[]> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const { rows } = await pool.query<Key>('SELECT DISTINCT customerid::text AS "customerId", purchaseid::text AS "purchaseId" FROM purchase ORDER BY 2 LIMIT $1', [count]);
    return rows;
  } finally {
    await pool.end();
  }
}

/** autocannon from this process, each request the next sampled purchase. */
async function measureKeyed(base: string, route: string, keys: Key[], connections: number, seconds: number): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  let next = 0;
  const paths = keys.map((key) => `${route}?customerId=${key.customerId}&purchaseId=${key.purchaseId}`);
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method: 'GET',
        path: paths[0]!,
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]!;
          return request;
        },
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** The plain SDK's GetItem rate with `concurrency` in flight (no HTTP server in between). */
async function sdkGetItems(endpoint: string, table: string, keys: Key[], concurrency: number, seconds: number): Promise<number> {
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'emulator', secretAccessKey: 'emulator' }, requestHandler: { httpAgent: { keepAlive: true, maxSockets: 256 } } });
  let done = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const key = keys[next++ % keys.length]!;
        await client.send(new GetItemCommand({ TableName: table, Key: { customer_id: { S: key.customerId }, purchase_id: { S: key.purchaseId } } }));
        done += 1;
      }
    }),
  );
  client.destroy();
  return done / seconds;
}

/** A plain pg pool running the app's join text with `concurrency` in flight. */
async function pgJoins(databaseUrl: string, statement: string, keys: Key[], concurrency: number, seconds: number): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: concurrency });
  let done = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const key = keys[next++ % keys.length]!;
        await pool.query({ name: 'bench-join', text: statement, values: [Number(key.customerId), Number(key.purchaseId)] });
        done += 1;
      }
    }),
  );
  await pool.end();
  return done / seconds;
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function showdowns(app: BenchApp): Promise<string[]> {
  const lines = ['| connections | side | engine | req/s | p50 ms | p95 ms | p99 ms | failed |', '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const connections of SHOWDOWN_CONNECTIONS) {
    console.log(`Showdown at ${connections} connections, ${SHOWDOWN_SECONDS} s per side…`);
    const { runs } = await runRemoteShowdown(app.baseUrl, { scenario: 'lookup', mode: 'fair', settings: { connections, durationSeconds: SHOWDOWN_SECONDS } }, () => undefined);
    for (const run of runs as RunRecord[]) {
      const s = run.summary!;
      lines.push(`| ${connections} | ${run.side} (${run.label}) | ${run.engine?.name ?? '—'} | ${n(s.requestsPerSecond)} | ${ms(s.latency.p50)} | ${ms(s.latency.p95)} | ${ms(s.latency.p99)} | ${n(s.failed)} |`);
    }
  }
  return lines;
}

export async function benchLookupRoutes(): Promise<void> {
  await withBenchApp(async (app) => {
    console.log(`Generating, staging and migrating ${n(PURCHASES)} purchases…`);
    await runJob(app.baseUrl, 'generate', { purchases: PURCHASES, seed: 20220306 });
    await runJob(app.baseUrl, 'staging', {});
    await runJob(app.baseUrl, 'migrate', { mode: 'restart' });
    const keys = await sampleKeys(app.env.DATABASE_URL!, 5_000);

    const showdownRows = await showdowns(app);

    const barePort = Number(new URL(app.baseUrl).port) + 51;
    const bare = spawnTs(path.join(repoRoot, 'scripts/bench/lookup-bare-server.ts'), [String(barePort)], app.env, 'pipe');
    const routeRows = ['| route | server | req/s (median of rounds) | p50 ms | p99 ms | errors | app / bare |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |'];
    const ratios: Record<string, number> = {};
    try {
      await waitForPort(barePort, '127.0.0.1', 30_000, 'the bare lookup server');
      const bareBase = `http://127.0.0.1:${barePort}`;
      for (const route of ['/api/lookup/relational', '/api/lookup/dynamodb']) {
        // Warm both: JIT, keep-alive sockets, the pool's connections.
        await measureKeyed(app.baseUrl, route, keys, ROUTE_CONNECTIONS, 2);
        await measureKeyed(bareBase, route, keys, ROUTE_CONNECTIONS, 2);
        const appRounds: Array<Awaited<ReturnType<typeof measureKeyed>>> = [];
        const bareRounds: typeof appRounds = [];
        for (let round = 0; round < ROUNDS; round++) {
          console.log(`  ${route} round ${round + 1}…`);
          appRounds.push(await measureKeyed(app.baseUrl, route, keys, ROUTE_CONNECTIONS, ROUND_SECONDS));
          bareRounds.push(await measureKeyed(bareBase, route, keys, ROUTE_CONNECTIONS, ROUND_SECONDS));
        }
        const appRps = median(appRounds.map((r) => r.rps));
        const bareRps = median(bareRounds.map((r) => r.rps));
        ratios[route] = appRps / bareRps;
        const pick = (rounds: typeof appRounds, rps: number) => rounds.find((r) => r.rps === rps)!;
        const a = pick(appRounds, appRps);
        const b = pick(bareRounds, bareRps);
        routeRows.push(`| \`${route}\` | app (lean path, one process with Next) | ${n(appRps)} | ${a.p50} | ${a.p99} | ${a.errors} | **${ratios[route]!.toFixed(2)}x** (rounds ${appRounds.map((r, i) => (r.rps / bareRounds[i]!.rps).toFixed(2)).join(', ')}) |`);
        routeRows.push(`| \`${route}\` | bare node:http, same adapter | ${n(bareRps)} | ${b.p50} | ${b.p99} | ${b.errors} | |`);
      }
    } finally {
      await stopChild(bare);
    }

    console.log('Plain SDK GetItem and plain pg joins from the bench process…');
    const cost = (await (await fetch(`${app.baseUrl}/api/lookup/cost?sample=50`)).json()) as LookupCost;
    const sdk = await sdkGetItems(app.env.DYNAMODB_ENDPOINT!, 'purchase_t', keys, ROUTE_CONNECTIONS, ROUND_SECONDS);
    const joins = cost.relational.available ? await pgJoins(app.env.DATABASE_URL!, cost.relational.statement, keys, ROUTE_CONNECTIONS, ROUND_SECONDS) : 0;

    const rel = cost.relational.available ? cost.relational.perLookup : null;
    const ddb = cost.dynamodb.perLookup;
    writeBenchmarkSection(
      'lookup-routes',
      [
        '## Purchase lookup under load: both backends, and each route against a bare server',
        '',
        `${n(PURCHASES)} purchases, production app on a fresh embedded stack (PostgreSQL, dynalite), one run. ${machineLine()}.`,
        '',
        `### The comparison the room sees (the app's load engine, fair showdowns, closed model, ${SHOWDOWN_SECONDS} s per side)`,
        '',
        ...showdownRows,
        '',
        `### Each lookup route against a bare node:http server (same adapter), ${ROUTE_CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${ROUND_SECONDS} s`,
        '',
        ...routeRows,
        '',
        `Without any HTTP server, from the bench process with ${ROUTE_CONNECTIONS} in flight: the plain SDK client served **${n(sdk)} GetItem/s** against the same dynalite, and a plain pg pool **${n(joins)} joins/s** of the same statement.`,
        '',
        `Goal at least 0.8x of the bare server: relational ${ratios['/api/lookup/relational']!.toFixed(2)}x, DynamoDB ${ratios['/api/lookup/dynamodb']!.toFixed(2)}x — ${Object.values(ratios).every((r) => r >= 0.8) ? 'met' : 'NOT met'}.`,
        '',
        '### The cost of one lookup (GET /api/lookup/cost, 50 sampled purchases)',
        '',
        '| side | engine | per lookup |',
        '| --- | --- | --- |',
        `| legacy join | ${cost.relational.engine?.name ?? '—'} | ${rel ? `${rel.sharedHitBlocks} buffer hits, ${rel.sharedReadBlocks} reads, ${rel.indexProbes} index probes, ${rel.tables.length} tables, ${rel.rowsReturned} rows returned, ${n(rel.responseBytes)} bytes on the wire` : 'not measured'} |`,
        `| modern GetItem | ${cost.dynamodb.engine?.name ?? '—'} | ${ddb.readUnits} read units, item ${n(ddb.itemBytes)} bytes, ${ddb.partitions} partition, ${n(ddb.responseBytes)} bytes on the wire; $${cost.dynamodb.costPerMillionUsd} per million lookups at $${cost.dynamodb.price.readPerMillionUsd}/million RRU (${cost.dynamodb.price.region}, list price as of ${cost.dynamodb.price.asOf}) |`,
      ].join('\n'),
    );
  });
}
