import path from 'node:path';
import { waitForPort } from '../stack/wait-for';
import { measureThroughput, type LoadFigures } from './autocannon-once';

const medianOf = (rounds: LoadFigures[]): LoadFigures => [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(rounds.length / 2)]!;
import { machineLine, repoRoot, spawnTs, stopChild, withBenchApp, writeBenchmarkSection } from './harness';

const CONNECTIONS = 10;
const SECONDS = 4;
/** Alternating rounds, so drift in the shared machine's load hits both servers alike. */
const ROUNDS = 5;

/** The lean path in front of Next against a bare node:http server doing the same work. */
export async function benchLeanPath(): Promise<void> {
  await withBenchApp(async (app) => {
    const barePort = Number(new URL(app.baseUrl).port) + 50;
    const bare = spawnTs(path.join(repoRoot, 'scripts/bench/bare-ping-server.ts'), [String(barePort)], {}, 'pipe');
    try {
      await waitForPort(barePort, '127.0.0.1', 20_000, 'the bare server');
      const options = { connections: CONNECTIONS, durationSeconds: SECONDS };
      // Warm both so JIT and keep-alive sockets are settled before measuring.
      await measureThroughput(`${app.baseUrl}/api/ping`, { connections: CONNECTIONS, durationSeconds: 2 });
      await measureThroughput(`http://127.0.0.1:${barePort}/api/ping`, { connections: CONNECTIONS, durationSeconds: 2 });
      const leanRounds: LoadFigures[] = [];
      const bareRounds: LoadFigures[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        leanRounds.push(await measureThroughput(`${app.baseUrl}/api/ping`, options));
        bareRounds.push(await measureThroughput(`http://127.0.0.1:${barePort}/api/ping`, options));
      }
      const lean = medianOf(leanRounds);
      const baseline = medianOf(bareRounds);
      const roundRatios = leanRounds.map((figures, i) => (figures.requestsPerSecond / bareRounds[i]!.requestsPerSecond).toFixed(2));
      const ratio = lean.requestsPerSecond / baseline.requestsPerSecond;
      const row = (name: string, f: typeof lean) =>
        `| ${name} | ${Math.round(f.requestsPerSecond).toLocaleString('en-US')} | ${f.p50Ms} | ${f.p99Ms} | ${f.errors + f.non2xx} |`;
      writeBenchmarkSection(
        'lean-path',
        [
          '## Lean path vs. bare node:http',
          '',
          `Constant JSON on \`GET /api/ping\`, autocannon in the bench process, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per server in the same run, median round shown. ${machineLine()}.`,
          '',
          '| server | req/s | p50 ms | p99 ms | errors |',
          '| --- | ---: | ---: | ---: | ---: |',
          row('app (lean path in front of Next, one process)', lean),
          row('bare node:http', baseline),
          '',
          `Lean path / bare (medians): **${ratio.toFixed(2)}x** (goal: at least 0.8x) ${ratio >= 0.8 ? '— met' : '— NOT met'}. Round by round: ${roundRatios.join(', ')}.`,
        ].join('\n'),
      );
      console.log(`lean ${Math.round(lean.requestsPerSecond)} req/s, bare ${Math.round(baseline.requestsPerSecond)} req/s, ratio ${ratio.toFixed(2)}`);
    } finally {
      await stopChild(bare);
    }
  });
}
