import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes } from '@/lib/scenarios';
import { auditOffer } from '@/lib/scenarios/limited-offer/audit-offer';
import { getOfferSettings, updateOfferSettings } from '@/lib/scenarios/limited-offer/offer-settings';
import { resetOffer } from '@/lib/scenarios/limited-offer/reset-offer';

/*
 * The workshop's own measuring tool, ApacheBench, as a separate process against the lean routes:
 * `ab -c 150 -n 3000` after a reset to 3,000 must report no failed request, and the books balance.
 */

const run = promisify(execFile);

let server: Server;
let baseUrl: string;
const defaultDelay = getOfferSettings().paymentDelayMs;

beforeAll(async () => {
  const handleLean = createLeanHandler(getLeanRoutes());
  server = createServer((req, res) => {
    if (!handleLean(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  updateOfferSettings({ paymentDelayMs: defaultDelay });
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function field(report: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(report);
  if (!match?.[1]) throw new Error(`ab printed no "${name}":\n${report}`);
  return Number(match[1]);
}

async function ab(path: string): Promise<{ complete: number; failed: number; non2xx: number; report: string }> {
  const { stdout } = await run('ab', ['-q', '-c', '150', '-n', '3000', `${baseUrl}${path}`], { maxBuffer: 1 << 20 });
  const non2xx = /^Non-2xx responses:\s+(\d+)/m.exec(stdout);
  return { complete: field(stdout, 'Complete requests'), failed: field(stdout, 'Failed requests'), non2xx: non2xx ? Number(non2xx[1]) : 0, report: stdout };
}

describe('ab -c 150 -n 3000 after a reset to 3,000', () => {
  // The legacy path at the default 30 ms payment step takes about 100 s, as in the workshop; the
  // suite runs it without the payment step so it stays short. The lock contention is the same.
  it.each([
    ['/order', 0],
    ['/order-redis', defaultDelay],
  ])('%s (payment delay %i ms): 0 failed requests, 3,000 sold, books balanced', async (path, delay) => {
    updateOfferSettings({ paymentDelayMs: delay });
    await resetOffer({ stock: 3_000 });
    const result = await ab(path);
    expect(result.complete, result.report).toBe(3_000);
    expect(result.failed, result.report).toBe(0);
    expect(result.non2xx, result.report).toBe(0);
    const audit = await auditOffer();
    expect(audit.ordersRecorded).toBe(3_000);
    expect(audit.unitsOversold).toBe(0);
    expect(audit.balanced).toBe(true);
  }, 120_000);
});
