import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pingOracle } from '@/lib/db/oracle/pool';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { startLeanServer } from './support/http-load';
import { useOracle } from './support/oracle-target';

/*
 * Runs everywhere, Oracle or not: a real thin-mode connection attempt to a port where nothing
 * listens, and what the app answers then.
 */

/** A port nothing listens on: bound, noted, released. */
async function unusedPort(): Promise<number> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Oracle unreachable (thin mode, no Instant Client)', () => {
  let restore: () => Promise<void>;
  let lean: Awaited<ReturnType<typeof startLeanServer>>;

  beforeAll(async () => {
    const port = await unusedPort();
    restore = await useOracle({ user: 'oshop', password: 'not-a-real-password', connectString: `127.0.0.1:${port}/FREEPDB1` });
    lean = await startLeanServer();
  });

  afterAll(async () => {
    await lean?.close();
    await restore?.();
  });

  it('loads oracledb in thin mode', async () => {
    const oracledb = (await import('oracledb')).default;
    expect(oracledb.thin).toBe(true);
  });

  it('pingOracle fails within 3 s with a readable NJS-/ORA- reason, which the HTTP layer answers with 503', async () => {
    const started = performance.now();
    const error = await pingOracle().then(
      () => null,
      (caught: unknown) => caught,
    );
    const ms = performance.now() - started;
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^(NJS|ORA)-\d+: .*127\.0\.0\.1/);
    expect(ms).toBeLessThan(3_000);
    const response = toErrorResponse(error);
    expect(response.status).toBe(503);
    expect(response.body.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^Backend unavailable: (NJS|ORA)-/) });
  });

  it('answers both scenarios’ legacy routes with 503 JSON within 3 s', async () => {
    for (const path of ['/order', '/api/order/legacy', '/api/lookup/relational?customerId=1&purchaseId=1']) {
      const started = performance.now();
      const response = await fetch(`${lean.baseUrl}${path}`);
      const ms = performance.now() - started;
      expect(response.status, path).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      // The workload routes are open to anyone, so their body names the category; the driver's reason is logged.
      expect(await response.json()).toMatchObject({ error: { code: 'unavailable', message: 'Backend unavailable.' } });
      expect(ms, path).toBeLessThan(3_000);
    }
  });
});
