/**
 * The baseline for the limited-offer bench: a bare node:http server doing the same Redis + SQL
 * work as the app's GET /order-redis (the same lib function), with no Next in the process.
 *   tsx scripts/bench/offer-bare-server.ts PORT     (payment delay from PAYMENT_DELAY_MS)
 */
import { createServer } from 'node:http';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { orderLegacy, orderRedis } from '@/lib/scenarios/limited-offer/order-offer';
import { toWorkshopBody } from '@/lib/scenarios/limited-offer/workshop-body';

const port = Number(process.argv[2]);
const routes: Record<string, typeof orderRedis> = { '/order-redis': orderRedis, '/order': orderLegacy };

createServer((req, res) => {
  const order = routes[req.url ?? ''];
  if (!order) {
    res.writeHead(404).end();
    return;
  }
  order().then(
    (result) => {
      const body = toWorkshopBody(result);
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
      res.end(body);
    },
    (error: unknown) => {
      const { status, body } = toErrorResponse(error);
      const payload = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    },
  );
}).listen(port, '127.0.0.1', () => console.log(`bare offer server on ${port}`));
