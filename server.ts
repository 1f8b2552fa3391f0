import 'server-only';
import { createServer } from 'node:http';
import next from 'next';
import { ConfigError, getConfig } from '@/lib/config';
import { createLeanHandler } from '@/lib/lean/create-lean-handler';
import { getLeanRoutes } from '@/lib/scenarios';
import { runShutdownHooks } from '@/lib/shutdown';

/**
 * One process, one port: the workload routes are answered on the lean path before Next sees the
 * request; pages and control APIs go to Next. Next's own bundle shares this process's backend
 * clients and run registry through process-wide singletons.
 */
async function main(): Promise<void> {
  const config = getConfig();
  const dev = process.argv.includes('--dev');
  const app = next({ dev, dir: process.cwd(), hostname: config.HOST, port: config.PORT });
  const handleNext = app.getRequestHandler();
  const handleLean = createLeanHandler(getLeanRoutes());
  await app.prepare();

  const server = createServer((req, res) => {
    if (!handleLean(req, res)) void handleNext(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${config.PORT} on ${config.HOST} is already in use. Stop what uses it or set PORT to another port.`);
    } else {
      console.error(`Server error: ${error.message}`);
    }
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    console.log(`db-showdown ready on http://${config.HOST}:${config.PORT}${dev ? ' (development)' : ''}, Node ${process.version}`);
  });

  const stop = async () => {
    server.close();
    server.closeAllConnections();
    await runShutdownHooks();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('db-showdown failed to start:', error);
  }
  process.exit(1);
});
