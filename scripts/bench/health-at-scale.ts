import path from 'node:path';
import { waitForPort } from '../stack/wait-for';
import { machineLine, repoRoot, spawnTs, stopChild, withBenchApp, writeBenchmarkSection } from './harness';

const PURCHASES = 2_000_000;

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 202) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
}

async function waitForJob(baseUrl: string, kind: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    const body = (await (await fetch(`${baseUrl}/api/lookup/jobs`)).json()) as { jobs: Record<string, { status: string; error: string | null } | null> };
    const job = body.jobs[kind];
    if (job && job.status !== 'running') {
      if (job.status !== 'succeeded') throw new Error(`${kind} ${job.status}: ${job.error}`);
      return (Date.now() - started) / 1000;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: Math.round(performance.now() - started), status: response.status, body };
}

/** Health probe and first page load after a restart with 2,000,000 items in the DynamoDB table. */
export async function benchHealthAtScale(): Promise<void> {
  await withBenchApp(async (app) => {
    await post(`${app.baseUrl}/api/lookup/generate`, { purchases: PURCHASES, seed: 20220306 });
    const generateSeconds = await waitForJob(app.baseUrl, 'generate');
    await post(`${app.baseUrl}/api/lookup/staging`, {});
    const stagingSeconds = await waitForJob(app.baseUrl, 'staging');
    await post(`${app.baseUrl}/api/lookup/migrate`, { mode: 'restart' });
    const migrateSeconds = await waitForJob(app.baseUrl, 'migrate');

    // A restart of the app alone, as after a crash or a redeploy: the backends keep their data.
    await stopChild(app.server);
    const port = Number(new URL(app.baseUrl).port);
    const restarted = spawnTs(path.join(repoRoot, 'server.ts'), [], app.env);
    try {
      const bootStarted = Date.now();
      await waitForPort(port, '127.0.0.1', 60_000, 'the restarted app');
      const bootMs = Date.now() - bootStarted;
      const health = await timed(`${app.baseUrl}/api/health`);
      const dynamo = (JSON.parse(health.body) as { backends: Array<{ backend: string; ok: boolean; pingMs: number; error?: string }> }).backends.find((b) => b.backend === 'dynamodb')!;
      const page = await timed(`${app.baseUrl}/lookup`);
      const status = await timed(`${app.baseUrl}/api/lookup/status`);
      const statusBody = JSON.parse(status.body) as { dynamodb: { exists: boolean | null; items: number | null; counting: boolean } };
      const healthAgain = await timed(`${app.baseUrl}/api/health`);
      const dynamoAgain = (JSON.parse(healthAgain.body) as { backends: Array<{ backend: string; ok: boolean; pingMs: number }> }).backends.find((b) => b.backend === 'dynamodb')!;
      writeBenchmarkSection(
        'health-at-scale',
        [
          '## Health and first page load after a restart at 2,000,000 items',
          '',
          `${PURCHASES.toLocaleString('en-US')} purchases generated (${generateSeconds.toFixed(0)} s), staged (${stagingSeconds.toFixed(0)} s) and migrated to dynalite (${migrateSeconds.toFixed(0)} s, validation included), then the app alone restarted (listening after ${bootMs} ms). ${machineLine()}.`,
          '',
          '| first request after the restart | status | time ms | detail |',
          '| --- | ---: | ---: | --- |',
          `| GET /api/health | ${health.status} | ${health.ms} | DynamoDB ${dynamo.ok ? 'ok' : `down (${dynamo.error})`}, DescribeTable probe ${dynamo.pingMs} ms |`,
          `| GET /lookup (page HTML) | ${page.status} | ${page.ms} | |`,
          `| GET /api/lookup/status | ${status.status} | ${status.ms} | table exists: ${statusBody.dynamodb.exists}, items: ${statusBody.dynamodb.items ?? 'not counted (no Scan at start)'}, counting: ${statusBody.dynamodb.counting} |`,
          `| GET /api/health, again | ${healthAgain.status} | ${healthAgain.ms} | DynamoDB probe ${dynamoAgain.pingMs} ms |`,
        ].join('\n'),
      );
      console.log(`health ${health.ms} ms (dynamodb ${dynamo.ok} ${dynamo.pingMs} ms), page ${page.ms} ms, status ${status.ms} ms`);
    } finally {
      await stopChild(restarted);
    }
  });
}
