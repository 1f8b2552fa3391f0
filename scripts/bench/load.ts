/**
 * The load engine's own benchmarks (section "load" of BENCHMARKS.md):
 *   ceiling  requests/s the generator reaches against /api/ping (goal ≥ 10,000)
 *   delay    time from the end of a second to its point arriving in a real browser's EventSource (goal ≤ 1.5 s)
 *   memory   the server's RSS across a long run with a browser following it live (goal: flat within 50 MB)
 *   co       autocannon's coordinated-omission correction against the engine's open model, on a 50 ms endpoint
 *
 * Parameters (environment):
 *   BENCH_LOAD_PARTS=ceiling,delay,memory,co   which parts to run (default all; only a full run is written to BENCHMARKS.md)
 *   BENCH_LOAD_MEMORY_MINUTES=10               length of the memory run (use 1 while developing)
 *   BENCH_LOAD_MEMORY_RATE=1000                arrivals/s during the memory run
 *   CHROMIUM_PATH=/usr/bin/chromium            the browser for the delay and memory parts
 */
import autocannon from 'autocannon';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { driveLoad } from '@/lib/load/generator/drive-load';
import { runSettingsSchema } from '@/lib/load/run-settings';
import type { RunRecord, RunSummary } from '@/lib/load/run-types';
import { runRemoteLoad } from './load-cli';
import { machineLine, repoRoot, spawnTs, stopChild, withBenchApp, writeBenchmarkSection } from './harness';
import { findChromium } from '../runtime/system-tools.mjs';
import { waitForPort } from '../stack/wait-for';

type Part = 'ceiling' | 'delay' | 'memory' | 'co';
const allParts: Part[] = ['ceiling', 'delay', 'memory', 'co'];

const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const quiet = () => undefined;

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
}

interface DelaySample {
  t: number;
  at: number;
  windowMs: number;
}

/** A real EventSource in a real page, recording when each second's point arrives. */
async function followInBrowser(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/api/ping`);
  await page.evaluate(() => {
    const w = window as unknown as { samples: DelaySample[]; source: EventSource };
    w.samples = [];
    w.source = new EventSource('/api/runs/live');
    w.source.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as { type: string; second?: { t: number; windowMs: number } };
      if (event.type === 'second' && event.second) w.samples.push({ t: event.second.t, at: Date.now(), windowMs: event.second.windowMs });
    };
  });
  await page.waitForFunction(() => (window as unknown as { source: EventSource }).source.readyState === 1);
}

async function takeSamples(page: Page): Promise<DelaySample[]> {
  return page.evaluate(() => {
    const w = window as unknown as { samples: DelaySample[] };
    const taken = w.samples;
    w.samples = [];
    return taken;
  });
}

const settings = (input: Record<string, unknown>) => runSettingsSchema.parse(input);

async function ceilingPart(baseUrl: string): Promise<string> {
  await runRemoteLoad(baseUrl, 'ping', settings({ connections: 50, durationSeconds: 3 }), quiet); // warm-up
  const rows: Array<{ connections: number; run: RunRecord }> = [];
  for (const connections of [50, 100, 200]) {
    rows.push({ connections, run: await runRemoteLoad(baseUrl, 'ping', settings({ connections, durationSeconds: 8 }), quiet) });
  }
  // The same generator code against a bare node:http server in its own process: its ceiling without the app.
  const barePort = Number(new URL(baseUrl).port) + 51;
  const bare = spawnTs(path.join(repoRoot, 'scripts/bench/bare-ping-server.ts'), [String(barePort)], {}, 'pipe');
  let bareSummary: RunSummary;
  try {
    await waitForPort(barePort, '127.0.0.1', 20_000, 'the bare server');
    bareSummary = await drive(`http://127.0.0.1:${barePort}`, '/api/ping', settings({ connections: 100, durationSeconds: 8 }));
  } finally {
    await stopChild(bare);
  }
  const best = Math.max(...rows.map((row) => row.run.summary?.requestsPerSecond ?? 0));
  const line = (label: string, s: RunSummary | null) =>
    s ? `| ${label} | ${fmt(s.requestsPerSecond)} | ${fmt(s.latency.p50, 2)} | ${fmt(s.latency.p99, 2)} | ${fmt(s.failed)} | ${fmt(s.generator.peakCpuPercent)}% |` : `| ${label} | failed | | | | |`;
  return [
    '### Generator ceiling against `/api/ping`',
    '',
    'Closed model, 8 s per row after a 3 s warm-up; the app and the generator share the machine. Generator CPU is its own process, in % of one core.',
    '',
    '| run | req/s | p50 ms | p99 ms | failed | generator CPU (peak) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => line(`engine → app, ${row.connections} connections`, row.run.summary)),
    line('engine code → bare node:http, 100 connections (generator alone)', bareSummary),
    '',
    `Ceiling through the app: **${fmt(best)} req/s** (goal: at least 10,000) — ${best >= 10_000 ? 'met' : 'NOT met'}.`,
  ].join('\n');
}

/** Runs the generator code in this process (for the checks that do not target the app). */
async function drive(baseUrl: string, requestPath: string, runSettings: ReturnType<typeof settings>): Promise<RunSummary> {
  let summary: RunSummary | null = null;
  let failure = 'the generator gave no summary';
  const driver = driveLoad({ baseUrl, request: { kind: 'static', path: requestPath }, outcomes: null, settings: runSettings }, (message) => {
    if (message.type === 'done') summary = message.summary;
    if (message.type === 'failed') failure = message.message;
  });
  await driver.done;
  if (!summary) throw new Error(failure);
  return summary;
}

async function delayPart(baseUrl: string, page: Page): Promise<string> {
  const cases: Array<{ label: string; input: Record<string, unknown> }> = [
    { label: 'open model, 1,000 arrivals/s, 20 s', input: { model: 'open', rate: 1000, durationSeconds: 20 } },
    { label: 'closed model, 100 connections flat out, 15 s', input: { connections: 100, durationSeconds: 15 } },
  ];
  const rows: string[] = [];
  let worst = 0;
  for (const c of cases) {
    await takeSamples(page);
    const run = await runRemoteLoad(baseUrl, 'ping', settings(c.input), quiet);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const delays = (await takeSamples(page)).filter((s) => s.windowMs >= 900).map((s) => s.at - s.t);
    worst = Math.max(worst, ...delays);
    rows.push(`| ${c.label} | ${delays.length} | ${fmt(percentile(delays, 50))} | ${fmt(percentile(delays, 95))} | ${fmt(Math.max(...delays))} | ${fmt(run.summary?.requestsPerSecond ?? 0)} |`);
  }
  return [
    '### From the end of a second to its point in the browser',
    '',
    "A real Chromium page follows `/api/runs/live` with `EventSource`; for every full one-second window, delay = the page's clock when the point arrived − the second's nominal end (same machine, same clock). It includes the generator's timer, the IPC hop to the server and the SSE push.",
    '',
    '| load while measuring | points | p50 ms | p95 ms | max ms | req/s of the run |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Worst delay: **${fmt(worst)} ms** (goal: at most 1,500 ms) — ${worst <= 1500 ? 'met' : 'NOT met'}.`,
  ].join('\n');
}

async function memoryPart(baseUrl: string, serverPid: number, page: Page): Promise<string> {
  const minutes = Number(process.env.BENCH_LOAD_MEMORY_MINUTES ?? 10);
  const rate = Number(process.env.BENCH_LOAD_MEMORY_RATE ?? 1000);
  const samples: Array<{ at: number; mb: number }> = [];
  const startedAt = Date.now();
  const sample = () => samples.push({ at: (Date.now() - startedAt) / 1000, mb: rssMb(serverPid) });
  sample();
  const timer = setInterval(sample, 5_000);
  let run: RunRecord;
  try {
    run = await runRemoteLoad(baseUrl, 'ping', settings({ model: 'open', rate, durationSeconds: Math.round(minutes * 60) }), quiet);
  } finally {
    clearInterval(timer);
  }
  sample();
  const received = (await takeSamples(page)).length;
  // The first minute holds the warm-up (JIT, buffers, the first GC cycles); flatness is judged after it.
  const warmUpSeconds = Math.min(60, Math.round((minutes * 60) / 4));
  const settled = samples.filter((s) => s.at >= warmUpSeconds);
  const low = Math.min(...settled.map((s) => s.mb));
  const high = Math.max(...settled.map((s) => s.mb));
  const spread = high - low;
  const everyMinute = samples.filter((s, i) => i === 0 || i === samples.length - 1 || Math.floor(s.at / 60) !== Math.floor(samples[i - 1]!.at / 60));
  return [
    `### Server memory across a ${fmt(minutes, minutes % 1 ? 1 : 0)}-minute run`,
    '',
    `Open model, ${fmt(rate)} arrivals/s on \`/api/ping\` for ${fmt(minutes * 60)} s (${fmt(run.summary?.completed ?? 0)} requests, ${fmt(run.summary?.failed ?? 0)} failed), a browser following it live (${fmt(received)} points received). RSS of the server process (the generator is its own process and not counted), sampled every 5 s.`,
    '',
    '| time | server RSS MB |',
    '| ---: | ---: |',
    ...everyMinute.map((s) => `| ${fmt(s.at)} s | ${fmt(s.mb, 1)} |`),
    '',
    `After the first ${fmt(warmUpSeconds)} s: min ${fmt(low, 1)} MB, max ${fmt(high, 1)} MB, spread **${fmt(spread, 1)} MB** (goal: flat within 50 MB) — ${spread <= 50 ? 'met' : 'NOT met'}.`,
  ].join('\n');
}

async function coordinatedOmissionPart(): Promise<string> {
  const server = createServer((_, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 50));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const corrected = await autocannon({ url, connections: 10, overallRate: 100, duration: 5 });
    const raw = await autocannon({ url, connections: 10, overallRate: 100, duration: 5, ignoreCoordinatedOmission: true });
    const engine = await drive(url, '/', settings({ model: 'open', rate: 100, connections: 10, durationSeconds: 5 }));
    const samplesOf = (result: autocannon.Result) => (result.latency as unknown as { totalCount?: number }).totalCount ?? Number.NaN;
    return [
      '### Coordinated-omission check (fixed rate)',
      '',
      'An endpoint that always answers in 50 ms, 100 requests/s over 10 connections for 5 s, so no request ever waits for a connection: a sane correction changes nothing here.',
      '',
      '| generator | responses | latency samples | p50 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| autocannon \`overallRate\`, its correction on (default) | ${fmt(corrected.requests.total)} | ${fmt(samplesOf(corrected))} | ${corrected.latency.p50} | ${corrected.latency.p99} |`,
      `| autocannon \`overallRate\`, \`ignoreCoordinatedOmission\` | ${fmt(raw.requests.total)} | ${fmt(samplesOf(raw))} | ${raw.latency.p50} | ${raw.latency.p99} |`,
      `| this engine, open model (paced arrivals, latency from each slot) | ${fmt(engine.completed)} | ${fmt(engine.completed)} | ${fmt(engine.latency.p50, 2)} | ${fmt(engine.latency.p99, 2)} |`,
      '',
      "autocannon 9 records `recordValueWithExpectedInterval(latencyMs, Math.ceil(1 / rate))`: the expected interval is 1 (ms) for any rate ≥ 1/s, so each 50 ms answer adds ~49 synthetic samples from 49 ms down to 1 ms, and p50 falls to about half the real latency. Its rate limit also sends each connection's quota in a burst at the top of every second. The engine therefore paces arrivals itself and measures each latency from the request's scheduled time; a request that finds every connection busy starts late and its wait counts (wrk2's correction).",
    ].join('\n');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function benchLoad(): Promise<void> {
  const parts = (process.env.BENCH_LOAD_PARTS?.split(',').map((part) => part.trim()) ?? allParts).filter((part): part is Part => (allParts as string[]).includes(part));
  // Runs of the bench go to a throw-away data directory, not into the demo's history.
  mkdirSync(path.join(repoRoot, '.data'), { recursive: true });
  const dataDir = mkdtempSync(path.join(repoRoot, '.data', 'bench-load-'));
  chmodSync(dataDir, 0o755); // mkdtemp makes it private; PostgreSQL's initdb runs as another user
  const previousDataDir = process.env.DATA_DIR;
  process.env.DATA_DIR = dataDir;
  const sections: string[] = [];
  try {
    if (parts.includes('co')) sections.push(await coordinatedOmissionPart());
    if (parts.some((part) => part !== 'co')) {
      await withBenchApp(async (app) => {
        const browser = await launchBrowser();
        try {
          const page = await browser.newPage();
          await followInBrowser(page, app.baseUrl);
          if (parts.includes('ceiling')) sections.unshift(await ceilingPart(app.baseUrl));
          if (parts.includes('delay')) sections.push(await delayPart(app.baseUrl, page));
          if (parts.includes('memory')) sections.push(await memoryPart(app.baseUrl, app.server.pid!, page));
        } finally {
          await browser.close();
        }
      });
    }
  } finally {
    if (previousDataDir === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  }
  const markdown = ['## Load engine', '', `${machineLine()}.`, '', ...sections.flatMap((section) => [section, ''])].join('\n');
  // Only a full run replaces the recorded section; a partial one (while developing) is printed only.
  if (parts.length === allParts.length) writeBenchmarkSection('load', markdown);
  console.log(markdown);
}
