import { startStack, type RunningStack } from '../../scripts/stack/start-stack';

let stack: RunningStack | undefined;

/** The real embedded stack on the test ports, fresh data each run; the suites inherit its env. */
export async function setup(): Promise<void> {
  stack = await startStack('test', { fresh: true, log: (line) => console.error(line) });
  Object.assign(process.env, stack.env);
}

export async function teardown(): Promise<void> {
  await stack?.stop();
}
