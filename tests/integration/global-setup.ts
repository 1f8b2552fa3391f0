import { startStack, type RunningStack } from '../../scripts/stack/start-stack';

let stack: RunningStack | undefined;

/** The real embedded stack on the test ports, fresh data each run; the suites inherit its env. */
export async function setup(): Promise<void> {
  stack = await startStack('test', { fresh: true, log: (line) => console.error(line) });
  // Suites that start extra servers keep their files in the stack's own (per-run) data folder.
  Object.assign(process.env, stack.env, { TEST_DATA_DIR: stack.dataDir });
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}
