import autocannon from 'autocannon';
import { machineLine, withBenchApp, writeBenchmarkSection } from './harness';

const PURCHASES = 2_000_000;
const RATE = 500;
const CONNECTIONS = 10;
const WINDOW_SECONDS = 5;

interface Window {
  p50: number;
  p99: number;
  max: number;
  total: number;
  errors: number;
}

/** A fixed arrival rate (not a saturating one), so the load itself does not starve the generation. */
async function window(url: string, seconds: number): Promise<Window> {
  const result = await autocannon({ url, connections: CONNECTIONS, overallRate: RATE, duration: seconds, pipelining: 1 });
  return { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, total: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

async function jobStatus(baseUrl: string): Promise<string | undefined> {
  const response = await fetch(`${baseUrl}/api/lookup/jobs`);
  const body = (await response.json()) as { jobs: Record<string, { status: string; elapsedMs: number } | null> };
  return body.jobs.generate?.status;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The lean path's latency while the app generates and bulk-loads 2,000,000 purchases. */
export async function benchGenerateStall(): Promise<void> {
  await withBenchApp(async (app) => {
    const ping = `${app.baseUrl}/api/ping`;
    await window(ping, 2);
    const idle = await window(ping, WINDOW_SECONDS);

    const started = Date.now();
    const response = await fetch(`${app.baseUrl}/api/lookup/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ purchases: PURCHASES, seed: 20220306 }),
    });
    if (response.status !== 202) throw new Error(`generate answered ${response.status}: ${await response.text()}`);
    // Windows back to back for as long as the job runs; its status is polled beside them, so a
    // slow status answer never leaves a gap in the measurement.
    let running = true;
    const watcher = (async () => {
      while ((await jobStatus(app.baseUrl)) === 'running') await new Promise((resolve) => setTimeout(resolve, 500));
      running = false;
    })();
    const during: Window[] = [];
    while (running) during.push(await window(ping, WINDOW_SECONDS));
    await watcher;
    const seconds = (Date.now() - started) / 1000;
    const status = await jobStatus(app.baseUrl);

    const worstP99 = Math.max(...during.map((w) => w.p99));
    const worstMax = Math.max(...during.map((w) => w.max));
    const requests = during.reduce((sum, w) => sum + w.total, 0);
    const errors = during.reduce((sum, w) => sum + w.errors, 0);
    writeBenchmarkSection(
      'generate-stall',
      [
        '## The lean path while 2,000,000 purchases are generated',
        '',
        `\`GET /api/ping\` at a fixed ${RATE} req/s (autocannon, ${CONNECTIONS} connections, ${WINDOW_SECONDS} s windows) on the production app while the same process generates and COPY-loads ${PURCHASES.toLocaleString('en-US')} purchases (POST /api/lookup/generate). ${machineLine()}.`,
        '',
        '| phase | windows | requests | p50 ms | p99 ms | max ms | errors |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
        `| idle, before | 1 | ${idle.total.toLocaleString('en-US')} | ${idle.p50} | ${idle.p99} | ${idle.max} | ${idle.errors} |`,
        `| during generate (median window) | ${during.length} | ${requests.toLocaleString('en-US')} | ${median(during.map((w) => w.p50))} | ${median(during.map((w) => w.p99))} | ${median(during.map((w) => w.max))} | ${errors} |`,
        `| during generate (worst window) | | | | ${worstP99} | ${worstMax} | |`,
        '',
        `Generate job: ${status}, ${seconds.toFixed(0)} s including the measuring windows. p99 per window: ${during.map((w) => w.p99).join(', ')}.`,
      ].join('\n'),
    );
    console.log(`idle p99 ${idle.p99} ms; during generate p99 median ${median(during.map((w) => w.p99))} ms, worst ${worstP99} ms (max ${worstMax} ms), ${errors} errors, job ${status}`);
  });
}
