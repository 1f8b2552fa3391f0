import { execFileSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startStack } from '../stack/start-stack';
import { waitForPort } from '../stack/wait-for';
import { measureThroughput, type LoadFigures } from './autocannon-once';
import { machineLine, repoRoot, spawnTs, stopChild, writeBenchmarkSection } from './harness';

/*
 * The sustained check: the app's lean path (in front of Next) against a bare node:http server doing
 * the same work, after the app has served one App Router request (on Node 20 that request turns on
 * async hooks for the whole process). Two workloads: the atomic Redis order (the same lib function
 * in both servers) and the constant ping. Run on every Node given, in the same run, rounds
 * alternating between Nodes and servers so drift in the shared machine's load hits all alike: this
 * Node, plus the older Node the launcher re-executed from (scripts/runtime/node24.mjs sets
 * SHOWDOWN_OLDER_NODE) or BENCH_COMPARE_NODE.
 */

const SECONDS = 4;
const ROUNDS = 3;
/** Reset before every order row, so each of its requests is a real order (stock taken, history row written). */
const STOCK = 1_000_000;
const GOAL = 0.95;

const workloads = [
  { name: '`GET /order-redis`, payment delay 0', route: '/order-redis', connections: 150, bare: 'scripts/bench/offer-bare-server.ts', resetStock: true },
  { name: '`GET /api/ping`', route: '/api/ping', connections: 10, bare: 'scripts/bench/bare-ping-server.ts', resetStock: false },
] as const;
type Workload = (typeof workloads)[number];

interface Servers {
  version: string;
  app: string;
  bare: Map<Workload, string>;
  children: ChildProcess[];
  rounds: Map<Workload, { app: LoadFigures[]; bare: LoadFigures[] }>;
}

const medianOf = (rounds: LoadFigures[]): number => rounds.map((r) => r.requestsPerSecond).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
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
  const nodes: Servers[] = [];
  let port = stack.appPort + 60;
  const start = async (binary: string, entry: string, args: string[], extra: Record<string, string>) => {
    const child = spawnTs(path.join(repoRoot, entry), args, { ...env, ...extra }, 'pipe', binary);
    child.stdout?.resume();
    child.stderr?.resume();
    return child;
  };
  try {
    for (const binary of nodesToCompare()) {
      const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
      const servers: Servers = { version, app: '', bare: new Map(), children: [], rounds: new Map() };
      nodes.push(servers);
      const appPort = port++;
      servers.children.push(await start(binary, 'server.ts', [], { PORT: String(appPort) }));
      servers.app = `http://127.0.0.1:${appPort}`;
      await waitForPort(appPort, '127.0.0.1', 60_000, `the app on ${version}`);
      for (const workload of workloads) {
        const barePort = port++;
        servers.children.push(await start(binary, workload.bare, [String(barePort)], {}));
        servers.bare.set(workload, `http://127.0.0.1:${barePort}`);
        servers.rounds.set(workload, { app: [], bare: [] });
        await waitForPort(barePort, '127.0.0.1', 30_000, `the bare server on ${version}`);
      }
    }
    const controlUrl = nodes[0]!.app;
    await control(`${controlUrl}/api/offer/settings`, 'POST', { paymentDelayMs: 0 });
    const measure = async (workload: Workload, base: string, seconds: number) => {
      if (workload.resetStock) await control(`${controlUrl}/api/offer/reset`, 'POST', { stock: STOCK });
      return measureThroughput(`${base}${workload.route}`, { connections: workload.connections, durationSeconds: seconds });
    };
    for (const node of nodes) {
      // The App Router request that, on Node 20, turns on async hooks for the rest of the process.
      await control(`${node.app}/api/health`, 'GET');
      for (const workload of workloads) {
        await measure(workload, node.app, 2);
        await measure(workload, node.bare.get(workload)!, 2);
      }
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const workload of workloads) {
        for (const node of nodes) {
          const rounds = node.rounds.get(workload)!;
          rounds.app.push(await measure(workload, node.app, SECONDS));
          rounds.bare.push(await measure(workload, node.bare.get(workload)!, SECONDS));
        }
      }
    }
  } finally {
    for (const node of nodes) for (const child of node.children) await stopChild(child);
    await stack.stop();
  }

  const rows = workloads.flatMap((workload) =>
    nodes.map((node) => {
      const { app, bare } = node.rounds.get(workload)!;
      const ratio = medianOf(app) / medianOf(bare);
      const byRound = app.map((figures, i) => (figures.requestsPerSecond / bare[i]!.requestsPerSecond).toFixed(2));
      const errors = [...app, ...bare].reduce((sum, f) => sum + f.errors + f.non2xx, 0);
      console.log(`${workload.route} on ${node.version}: app ${perSecond(medianOf(app))} req/s, bare ${perSecond(medianOf(bare))} req/s, ratio ${ratio.toFixed(2)}`);
      return (
        `| ${workload.name}, c=${workload.connections} | ${node.version} | ${app.map((f) => perSecond(f.requestsPerSecond)).join(' / ')} | ` +
        `${bare.map((f) => perSecond(f.requestsPerSecond)).join(' / ')} | ${byRound.join(' / ')} | **${ratio.toFixed(2)}x** ${ratio >= GOAL ? '(met)' : '(NOT met)'} | ${errors} |`
      );
    }),
  );
  writeBenchmarkSection(
    'sustained',
    [
      '### Sustained, per Node: the lean path against bare node:http after an App Router request',
      '',
      `Each Node runs its own app (lean path in front of Next) and bare node:http servers doing the same work (the same lib function for the order) on one shared embedded stack; every app served one App Router request (\`/api/health\`) before measuring. ` +
        `${SECONDS} s per row, ${ROUNDS} rounds alternating Node and server in the same run; stock reset to ${STOCK.toLocaleString('en-US')} before every order row, so each request is a real order. ` +
        `autocannon in the bench process (${process.version}). ${machineLine()}. ` +
        `Load average (1/5/15 min) ${loadAtStart} at the start, ${loadLine()} at the end: the machine was shared with other work.`,
      '',
      '| workload | Node | app req/s by round | bare req/s by round | app / bare by round | app / bare, medians (goal ≥ 0.95x) | errors |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
}
