import { execFileSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startStack } from '../stack/start-stack';
import { waitForPort } from '../stack/wait-for';
import { measureThroughput, type LoadFigures } from './autocannon-once';
import { machineLine, repoRoot, spawnTs, stopChild, writeBenchmarkSection } from './harness';

/*
 * The sustained check: the app's atomic Redis order path (lean path in front of Next) against a bare
 * node:http server running the same lib function, after the app has served one App Router request
 * (on Node 20 that request turns on async hooks for the whole process). Run on every Node given,
 * in the same run, rounds alternating between Nodes and servers so drift in the shared machine's
 * load hits all of them alike: this Node, plus the older Node the launcher re-executed from
 * (scripts/runtime/node24.mjs sets SHOWDOWN_OLDER_NODE) or BENCH_COMPARE_NODE.
 */

const CONNECTIONS = 150;
const SECONDS = 4;
const ROUNDS = 3;
/** Reset before every row, so every request of a row is a real order (stock taken, history row written). */
const STOCK = 1_000_000;
const GOAL = 0.95;

interface NodeUnderTest {
  binary: string;
  version: string;
  app: ChildProcess;
  bare: ChildProcess;
  appUrl: string;
  bareUrl: string;
  appRounds: LoadFigures[];
  bareRounds: LoadFigures[];
}

const medianOf = (rounds: LoadFigures[]): number => [...rounds].map((r) => r.requestsPerSecond).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
const perSecond = (value: number) => Math.round(value).toLocaleString('en-US');
const loadLine = () => os.loadavg().map((load) => load.toFixed(2)).join(' / ');

function nodesToCompare(): string[] {
  const others = [process.env.BENCH_COMPARE_NODE, process.env.SHOWDOWN_OLDER_NODE].filter((node): node is string => Boolean(node));
  return [...new Set([...others, process.execPath])];
}

async function control(url: string, method: 'GET' | 'POST', body?: unknown): Promise<void> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (process.env.ADMIN_TOKEN) headers['x-admin-token'] = process.env.ADMIN_TOKEN;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
}

export async function benchSustained(): Promise<void> {
  const stack = await startStack('bench', { fresh: true });
  const env = { ...stack.env, HOST: '127.0.0.1', NODE_ENV: 'production', PAYMENT_DELAY_MS: '0' };
  const loadAtStart = loadLine();
  const nodes: NodeUnderTest[] = [];
  try {
    for (const [i, binary] of nodesToCompare().entries()) {
      const appPort = stack.appPort + 60 + i;
      const barePort = stack.appPort + 70 + i;
      const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
      const app = spawnTs(path.join(repoRoot, 'server.ts'), [], { ...env, PORT: String(appPort) }, 'pipe', binary);
      const bare = spawnTs(path.join(repoRoot, 'scripts/bench/offer-bare-server.ts'), [String(barePort)], env, 'pipe', binary);
      for (const child of [app, bare]) {
        child.stdout?.resume();
        child.stderr?.resume();
      }
      nodes.push({ binary, version, app, bare, appUrl: `http://127.0.0.1:${appPort}`, bareUrl: `http://127.0.0.1:${barePort}`, appRounds: [], bareRounds: [] });
      await waitForPort(appPort, '127.0.0.1', 60_000, `the app on ${version}`);
      await waitForPort(barePort, '127.0.0.1', 30_000, `the bare server on ${version}`);
    }
    const control0 = nodes[0]!.appUrl;
    await control(`${control0}/api/offer/settings`, 'POST', { paymentDelayMs: 0 });
    const order = async (url: string, seconds: number) => {
      await control(`${control0}/api/offer/reset`, 'POST', { stock: STOCK });
      return measureThroughput(`${url}/order-redis`, { connections: CONNECTIONS, durationSeconds: seconds });
    };
    for (const node of nodes) {
      // The App Router request that, on Node 20, turns on async hooks for the rest of the process.
      await control(`${node.appUrl}/api/health`, 'GET');
      await order(node.appUrl, 2);
      await order(node.bareUrl, 2);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const node of nodes) {
        node.appRounds.push(await order(node.appUrl, SECONDS));
        node.bareRounds.push(await order(node.bareUrl, SECONDS));
      }
    }
  } finally {
    for (const node of nodes) {
      await stopChild(node.app);
      await stopChild(node.bare);
    }
    await stack.stop();
  }

  const rows = nodes.map((node) => {
    const ratio = medianOf(node.appRounds) / medianOf(node.bareRounds);
    const byRound = node.appRounds.map((figures, i) => (figures.requestsPerSecond / node.bareRounds[i]!.requestsPerSecond).toFixed(2));
    const errors = [...node.appRounds, ...node.bareRounds].reduce((sum, f) => sum + f.errors + f.non2xx, 0);
    console.log(`${node.version}: app ${perSecond(medianOf(node.appRounds))} req/s, bare ${perSecond(medianOf(node.bareRounds))} req/s, ratio ${ratio.toFixed(2)}`);
    return `| ${node.version} | ${node.appRounds.map((f) => perSecond(f.requestsPerSecond)).join(' / ')} | ${node.bareRounds.map((f) => perSecond(f.requestsPerSecond)).join(' / ')} | ${byRound.join(' / ')} | **${ratio.toFixed(2)}x** ${ratio >= GOAL ? '(met)' : '(NOT met)'} | ${errors} |`;
  });
  writeBenchmarkSection(
    'sustained',
    [
      '### Sustained: the app\'s Redis path against the bare server after an App Router request, per Node',
      '',
      `\`GET /order-redis\`, payment delay 0, ${CONNECTIONS} connections, ${SECONDS} s per row, stock reset to ${STOCK.toLocaleString('en-US')} before every row so each request is a real order. ` +
        `Each Node runs its own app (lean path in front of Next) and bare node:http server (the same lib function) on one shared embedded stack; every app served one App Router request (\`/api/health\`) first. ` +
        `${ROUNDS} rounds, alternating Node and server; autocannon in the bench process (${process.version}). ${machineLine()}. ` +
        `Load average (1/5/15 min) ${loadAtStart} at the start, ${loadLine()} at the end: the machine was shared with other work.`,
      '',
      '| Node | app req/s by round | bare req/s by round | app / bare by round | app / bare, medians (goal ≥ 0.95x) | errors |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
}
