import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
 * Besides requests per second, each row records the server's own CPU time per request (Linux,
 * /proc): on a machine shared with other work, throughput follows the scheduler's mood, while the
 * CPU a server spends on each request barely does.
 */

const SECONDS = 4;
const ROUNDS = 7;
/** Reset before every order row, so each of its requests is a real order (stock taken, history row written). */
const STOCK = 1_000_000;
const GOAL = 0.95;

const workloads = [
  { name: '`GET /order-redis`, payment delay 0', route: '/order-redis', connections: 150, bare: 'scripts/bench/offer-bare-server.ts', resetStock: true },
  { name: '`GET /api/ping`', route: '/api/ping', connections: 10, bare: 'scripts/bench/bare-ping-server.ts', resetStock: false },
] as const;
type Workload = (typeof workloads)[number];

interface Row extends LoadFigures {
  /** The server process's CPU time (user + system) per answered request, in µs; undefined off Linux. */
  cpuMicrosPerRequest: number | undefined;
}

interface Server {
  url: string;
  child: ChildProcess;
}

interface Servers {
  version: string;
  app: Server;
  bare: Map<Workload, Server>;
  rounds: Map<Workload, { app: Row[]; bare: Row[] }>;
}

const TICKS_PER_SECOND = 100;
/** CPU time of a process in ms from /proc (utime + stime, in clock ticks of 1/100 s on Linux). */
function cpuMsOf(pid: number | undefined): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return undefined;
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const medianOf = (rounds: Row[]): number => median(rounds.map((r) => r.requestsPerSecond));
const medianCpu = (rounds: Row[]): number | undefined => (rounds.every((r) => r.cpuMicrosPerRequest !== undefined) ? median(rounds.map((r) => r.cpuMicrosPerRequest!)) : undefined);
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
      const appPort = port++;
      const app = { url: `http://127.0.0.1:${appPort}`, child: await start(binary, 'server.ts', [], { PORT: String(appPort) }) };
      const servers: Servers = { version, app, bare: new Map(), rounds: new Map() };
      nodes.push(servers);
      await waitForPort(appPort, '127.0.0.1', 60_000, `the app on ${version}`);
      for (const workload of workloads) {
        const barePort = port++;
        servers.bare.set(workload, { url: `http://127.0.0.1:${barePort}`, child: await start(binary, workload.bare, [String(barePort)], {}) });
        servers.rounds.set(workload, { app: [], bare: [] });
        await waitForPort(barePort, '127.0.0.1', 30_000, `the bare server on ${version}`);
      }
    }
    const controlUrl = nodes[0]!.app.url;
    await control(`${controlUrl}/api/offer/settings`, 'POST', { paymentDelayMs: 0 });
    const measure = async (workload: Workload, server: Server, seconds: number): Promise<Row> => {
      if (workload.resetStock) await control(`${controlUrl}/api/offer/reset`, 'POST', { stock: STOCK });
      const cpuBefore = cpuMsOf(server.child.pid);
      const figures = await measureThroughput(`${server.url}${workload.route}`, { connections: workload.connections, durationSeconds: seconds });
      const cpuAfter = cpuMsOf(server.child.pid);
      const cpuMicrosPerRequest = cpuBefore === undefined || cpuAfter === undefined || figures.total === 0 ? undefined : ((cpuAfter - cpuBefore) * 1000) / figures.total;
      return { ...figures, cpuMicrosPerRequest };
    };
    for (const node of nodes) {
      // The App Router request that, on Node 20, turns on async hooks for the rest of the process.
      await control(`${node.app.url}/api/health`, 'GET');
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
    for (const node of nodes) for (const server of [node.app, ...node.bare.values()]) await stopChild(server.child);
    await stack.stop();
  }

  const rows = workloads.flatMap((workload) =>
    nodes.map((node) => {
      const { app, bare } = node.rounds.get(workload)!;
      const ratio = medianOf(app) / medianOf(bare);
      const byRound = app.map((figures, i) => (figures.requestsPerSecond / bare[i]!.requestsPerSecond).toFixed(2));
      const errors = [...app, ...bare].reduce((sum, f) => sum + f.errors + f.non2xx, 0);
      const appCpu = medianCpu(app);
      const bareCpu = medianCpu(bare);
      const cpuRatio = appCpu !== undefined && bareCpu !== undefined ? bareCpu / appCpu : undefined;
      const cpuByRound = app.map((figures, i) => (bare[i]!.cpuMicrosPerRequest ?? NaN) / (figures.cpuMicrosPerRequest ?? NaN));
      const cpuCells =
        cpuRatio === undefined
          ? '— | — | —'
          : `${appCpu!.toFixed(1)} / ${bareCpu!.toFixed(1)} | ${cpuByRound.map((r) => r.toFixed(2)).join(' / ')} | **${cpuRatio.toFixed(2)}x** ${cpuRatio >= GOAL ? '(met)' : '(NOT met)'}`;
      console.log(
        `${workload.route} on ${node.version}: app ${perSecond(medianOf(app))} req/s, bare ${perSecond(medianOf(bare))} req/s, ratio ${ratio.toFixed(2)}; ` +
          `CPU µs/request app ${appCpu?.toFixed(1)} bare ${bareCpu?.toFixed(1)}, ratio ${cpuRatio?.toFixed(2)}`,
      );
      return (
        `| ${workload.name}, c=${workload.connections} | ${node.version} | ${perSecond(medianOf(app))} / ${perSecond(medianOf(bare))} | ${byRound.join(' / ')} | ` +
        `${ratio.toFixed(2)}x | ${cpuCells} | ${errors} |`
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
        `Load average (1/5/15 min) ${loadAtStart} at the start, ${loadLine()} at the end.`,
      '',
      'Two measures of the lean path against bare: requests per second (app / bare, by round and of the medians), and the server process\'s own CPU time per request ' +
        '(bare / app, medians: 1.00x means the app spends exactly the bare server\'s CPU on a request). The CPU measure is the one to read when the load average is above the 2 cores: ' +
        'throughput then follows how the scheduler shares the cores among everything running, the CPU a request costs barely does.',
      '',
      '| workload | Node | req/s app / bare (medians) | req/s app / bare by round | req/s app / bare | CPU µs per request app / bare (medians) | CPU bare / app by round | CPU bare / app, medians (goal ≥ 0.95x) | errors |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n'),
  );
}
