/**
 * The baseline for the lookup routes bench: a bare node:http server doing the same join or GetItem
 * as the app's GET /api/lookup/relational|dynamodb, through the same adapter (the same lib
 * function, its input schema and JSON), with no Next in the process.
 *   tsx scripts/bench/lookup-bare-server.ts PORT
 */
import { createServer } from 'node:http';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { purchaseKeySchema } from '@/lib/scenarios/purchase-lookup/key-input';
import { lookupPurchase, type LookupBackend } from '@/lib/scenarios/purchase-lookup/lookup-purchase';

const port = Number(process.argv[2]);
const routes: Record<string, LookupBackend> = { '/api/lookup/relational': 'relational', '/api/lookup/dynamodb': 'dynamodb' };

createServer((req, res) => {
  const url = req.url ?? '';
  const queryAt = url.indexOf('?');
  const backend = routes[queryAt === -1 ? url : url.slice(0, queryAt)];
  if (!backend) {
    res.writeHead(404).end();
    return;
  }
  const send = (status: number, body: unknown) => {
    const payload = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), 'cache-control': 'no-store' });
    res.end(payload);
  };
  Promise.resolve()
    .then(() => lookupPurchase(backend, purchaseKeySchema.parse(Object.fromEntries(new URLSearchParams(url.slice(queryAt + 1))))))
    .then(
      (purchase) => send(200, purchase),
      (error: unknown) => {
        const { status, body } = toErrorResponse(error);
        send(status, body);
      },
    );
}).listen(port, '127.0.0.1', () => console.log(`bare lookup server on ${port}`));
