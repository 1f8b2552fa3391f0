/**
 * Starts the embedded backends, then the app (lean path + Next) on HOST:PORT. Ctrl+C stops all.
 *   tsx scripts/demo.ts [--build] [--dev] [--profile test] [--fresh]
 * --build makes the production build when it is out of date, but only when no stack runs for
 * this profile: rebuilding under a live demo would break it.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { getStackEnvironment } from '@/lib/config';
import { resolveProfile, type StackProfile } from './stack/profiles';
import { findRunningStack, StackAlreadyRunningError } from './stack/stack-lock';
import { startStack } from './stack/start-stack';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const requested = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : 'demo';
  const profile: StackProfile = requested === 'test' || requested === 'bench' ? requested : 'demo';
  const dev = args.includes('--dev');
  const stackEnv = getStackEnvironment();
  const { HOST } = stackEnv;
  const root = path.resolve(__dirname, '..');

  const running = findRunningStack(resolveProfile(profile, stackEnv).dataDir);
  if (running) throw new StackAlreadyRunningError(running);
  if (args.includes('--build')) {
    const setup = spawnSync(process.execPath, [path.join(root, 'scripts/setup.mjs'), '--build-only'], { cwd: root, stdio: 'inherit' });
    if (setup.status !== 0) process.exit(setup.status ?? 1);
  }

  const started = Date.now();
  const stack = await startStack(profile, { fresh: args.includes('--fresh') });
  console.log(`Backends ready in ${Date.now() - started} ms: ${stack.started.join(', ') || 'none embedded (all configured)'}`);

  const server = spawn(
    process.execPath,
    ['--require', path.join(root, 'scripts/runtime/allow-server-only.cjs'), '--import', 'tsx', path.join(root, 'server.ts'), ...(dev ? ['--dev'] : [])],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...stack.env, PORT: String(stack.appPort), HOST, NODE_ENV: dev ? 'development' : 'production' } },
  );

  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      const force = setTimeout(() => server.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
    }
    await stack.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));
  server.on('exit', (code) => void stopAll(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
