import 'server-only';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { ConfigError, getConfig } from '@/lib/config';
import { checkHost } from '@/lib/http/request-guard';
import { toErrorResponse } from '@/lib/http/to-error-response';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes } from '@/lib/scenarios';
import { runShutdownHooks } from '@/lib/shutdown';

/**
 * One process, one port: the workload routes are answered on the lean path before Next sees the
 * request; pages and control APIs go to Next. Next's own bundle shares this process's backend
 * clients and run registry through process-wide singletons.
 */

function answerError(res: ServerResponse, error: unknown): void {
  const { status, body } = toErrorResponse(error, { detailed: false });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), 'cache-control': 'no-store' });
  res.end(payload);
}

let stopping: Promise<void> | undefined;

/** Runs the shutdown hooks (runs settle their state, pools close) once, then exits. */
function stop(code: number, closeServer?: () => void): Promise<void> {
  stopping ??= (async () => {
    closeServer?.();
    await runShutdownHooks().catch((error: unknown) => console.error('[db-showdown] shutdown failed', error));
    process.exit(code);
  })();
  return stopping;
}

async function main(): Promise<void> {
  const config = getConfig();
  const dev = process.argv.includes('--dev');
  const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  const handleNext = app.getRequestHandler();
  const handleLean = createLeanHandler(getLeanRoutes());
  await app.prepare();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    try {
      if (handleLean(req, res)) return;
      // Pages and Next's assets get the same Host check as every route (no DNS rebinding).
      const misdirected = checkHost(req.headers.host);
      if (misdirected) {
        req.resume();
        answerError(res, misdirected);
        return;
      }
      Promise.resolve(handleNext(req, res)).catch((error: unknown) => {
        console.error(`[db-showdown] ${req.method} ${req.url} failed in Next's handler`, error);
        answerError(res, error);
      });
    } catch (error) {
      console.error(`[db-showdown] ${req.method} ${req.url} failed`, error);
      answerError(res, error);
    }
  });
  server.keepAliveTimeout = 65_000;
  const closeServer = () => {
    server.close();
    server.closeAllConnections();
  };
  // A client that sends garbage or hangs up costs that connection only.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code !== 'ECONNRESET' && socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  server.once('listening', () => {
    console.log(`db-showdown ready on http://${config.HOST}:${config.PORT}${dev ? ' (development)' : ''}, Node ${process.version}`);
    // Only a failure to listen stops the server; later errors are logged and it keeps serving.
    server.on('error', (error) => console.error(`[db-showdown] server error (still serving): ${error.message}`));
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (server.listening) return;
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${config.PORT} on ${config.HOST} is already in use. Stop what uses it or set PORT to another port.`);
    } else {
      console.error(`The server could not listen on ${config.HOST}:${config.PORT}: ${error.message}`);
    }
    void stop(1);
  });
  server.listen(config.PORT, config.HOST);

  process.once('SIGINT', () => void stop(0, closeServer));
  process.once('SIGTERM', () => void stop(0, closeServer));
}

// A stray rejection (a backend client's late error) is logged; it must not take the demo down.
process.on('unhandledRejection', (reason) => console.error('[db-showdown] unhandled rejection', reason));

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    // Nothing was opened yet, and the shutdown hooks would need the configuration.
    console.error(error.message);
    process.exit(1);
  }
  console.error('db-showdown failed to start:', error);
  void stop(1);
});
