/** The baseline for the lean path: a bare node:http server answering the same constant. */
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const body = JSON.stringify({ ok: true });
createServer((req, res) => {
  if (req.url === '/api/ping') {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
  } else {
    res.writeHead(404).end();
  }
}).listen(port, '127.0.0.1', () => console.log(`bare server on ${port}`));
