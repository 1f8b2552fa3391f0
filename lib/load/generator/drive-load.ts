import autocannon from 'autocannon';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { keyIndexSequence } from '@/lib/load/key-sequence';
import type { GeneratorJob, FromGenerator } from '@/lib/load/generator/protocol';
import type { OutcomeReader } from '@/lib/load/load-target';
import type { GeneratorLoad, SecondStats } from '@/lib/load/run-types';
import { StagePacer } from '@/lib/load/shapes/stage-pacer';
import { isGeneratorSaturated, RunStats, UNREADABLE } from '@/lib/load/stats/run-stats';

/**
 * The parts of autocannon 9.0.0's per-connection Client this module relies on (the package is
 * pinned to that exact version; these are not in its public types).
 */
interface AutocannonClient {
  timeout: number;
  timeoutTicker: { reschedule(ms?: number): void };
  on(event: 'request' | 'timeout', listener: () => void): void;
  on(event: 'connError', listener: (error: Error) => void): void;
  on(event: 'response', listener: (statusCode: number, resBytes: number, responseTime: number) => void): void;
  destroyed: boolean;
  _doRequest(): void;
  pipelinedRequests: { clear(): void };
}

const LAG_RESOLUTION_MS = 10;
/** How often autocannon checks its stop flag: a cancel lands within this, not within its default 1 s. */
const SAMPLE_INTERVAL_MS = 50;

export interface LoadDriver {
  stop(): void;
  done: Promise<void>;
}

/** The counter a 2xx body counts towards, by the target's reader. */
export function readOutcome(reader: OutcomeReader, body: string): string {
  try {
    const value = (JSON.parse(body) as Record<string, unknown> | null)?.[reader.field];
    return typeof value === 'string' && Object.hasOwn(reader.counters, value) ? reader.counters[value]! : UNREADABLE;
  } catch {
    return UNREADABLE;
  }
}

/**
 * Fixed-rate arrivals for the open model: slot k is due at start + k / rate. A free connection
 * claims the next slot and waits for it; when every connection was busy and the slot has already
 * passed, the request starts late and the wait counts as latency (measured from the slot, the
 * way wrk2 corrects coordinated omission). autocannon's own overallRate is not used: it sends
 * each connection's quota in a burst at the top of every second, and its correction records one
 * synthetic sample per millisecond of every slow answer.
 */
class ArrivalSchedule {
  private next = 0;
  constructor(
    private readonly startNs: bigint,
    private readonly intervalNs: number,
  ) {}

  claim(): bigint {
    const due = this.startNs + BigInt(Math.round(this.next * this.intervalNs));
    this.next += 1;
    return due;
  }
}

/**
 * Runs one load run with autocannon in this process and reports a snapshot every second. Meant
 * to run in the generator process (generator-process.ts), never on the server's event loop.
 */
export function driveLoad(job: GeneratorJob, emit: (message: FromGenerator) => void): LoadDriver {
  const { settings } = job;
  const startedAt = Date.now();
  const stats = new RunStats({ outcomeCounters: job.outcomes ? Object.values(job.outcomes.counters) : null, startedAt });
  const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
  lag.enable();
  let cpuMark = process.cpuUsage();
  let wallMark = process.hrtime.bigint();

  let windowsRead = 0;
  const readGeneratorLoad = (): GeneratorLoad => {
    windowsRead += 1;
    const cpu = process.cpuUsage(cpuMark);
    const wall = process.hrtime.bigint();
    const wallUs = Number(wall - wallMark) / 1000;
    cpuMark = process.cpuUsage();
    wallMark = wall;
    const cpuPercent = wallUs > 0 ? Math.round(((cpu.user + cpu.system) / wallUs) * 1000) / 10 : 0;
    const p99 = lag.count > 0 ? Math.max(0, lag.percentile(99) / 1e6 - LAG_RESOLUTION_MS) : 0;
    const max = lag.count > 0 ? Math.max(0, lag.max / 1e6 - LAG_RESOLUTION_MS) : 0;
    lag.reset();
    const eventLoopLagP99Ms = Math.round(p99 * 10) / 10;
    // The first window holds the start-up (connections opening, code warming up): its lag is not saturation.
    const saturated = isGeneratorSaturated(cpuPercent, windowsRead === 1 ? 0 : eventLoopLagP99Ms);
    return { cpuPercent, eventLoopLagP99Ms, eventLoopLagMaxMs: Math.round(max * 10) / 10, saturated };
  };

  // The request: a fixed path, or the next path of the seeded sequence for every request.
  let firstPath: string;
  let setupRequest: autocannon.Request['setupRequest'];
  if (job.request.kind === 'static') firstPath = job.request.path;
  else {
    const { paths } = job.request;
    const nextIndex = keyIndexSequence(paths.length, job.request.seed);
    firstPath = paths[0]!;
    setupRequest = (request) => {
      request.path = paths[nextIndex()]!;
      return request;
    };
  }
  // autocannon calls onResponse with the body just before it emits the client's 'response'.
  let lastOutcome: string | null = null;
  const reader = job.outcomes;
  const onResponse = reader
    ? (status: number, body: string) => {
        lastOutcome = status >= 200 && status < 300 ? readOutcome(reader, body) : null;
      }
    : undefined;

  // A load shape paces every request itself (lib/load/shapes/stage-pacer.ts); otherwise a fixed rate or none.
  const pacer = settings.stages && settings.stages.length > 0 ? new StagePacer(settings.model === 'open' ? 'rate' : 'connections', settings.stages, process.hrtime.bigint()) : null;
  const schedule = !pacer && settings.model === 'open' && settings.rate ? new ArrivalSchedule(process.hrtime.bigint(), 1e9 / settings.rate) : null;
  let stopping = false;

  const setupClient = (raw: autocannon.Client) => {
    const client = raw as unknown as AutocannonClient;
    // Open model: how late the request in flight on this connection started behind its slot.
    let lateMs = 0;
    client.on('request', () => stats.recordSent(Date.now()));
    client.on('response', (statusCode: number, bytes: number, responseTime: number) => {
      stats.recordResponse(responseTime + lateMs, statusCode, bytes, lastOutcome, Date.now());
      lastOutcome = null;
    });
    client.on('timeout', () => stats.recordTimeout(Date.now()));
    client.on('connError', () => {
      stats.recordConnectionError(Date.now());
      // autocannon reconnects without dropping the lost request's timing entry; a stale entry
      // would shift every later latency on this connection by one request.
      client.pipelinedRequests.clear();
    });
    if (pacer) {
      client._doRequest = pacer.attach(client, client._doRequest.bind(client), (late) => {
        lateMs = late;
        if (late >= 1) stats.recordLateStart();
      });
    } else if (schedule) {
      const send = client._doRequest.bind(client);
      client._doRequest = () => {
        if (stopping || client.destroyed) return;
        const due = schedule.claim();
        const behindNs = process.hrtime.bigint() - due;
        if (behindNs >= 0n) {
          lateMs = Number(behindNs) / 1e6;
          if (lateMs >= 1) stats.recordLateStart();
          send();
          return;
        }
        // On time: the timer's own slack is the generator's, not the server's, so it is not counted.
        lateMs = 0;
        setTimeout(() => {
          if (!stopping && !client.destroyed) send();
        }, Number(-behindNs) / 1e6);
      };
    }
  };

  let finished = false;
  let resolveDone: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  let secondTimer: NodeJS.Timeout | undefined;
  const finish = (error?: unknown) => {
    if (finished) return;
    finished = true;
    clearTimeout(secondTimer);
    pacer?.stop();
    if (error) {
      lag.disable();
      emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } else {
      const now = Date.now();
      if (stats.windowHasActivity()) emit({ type: 'second', second: withExtras(stats.takeSecond(now, now, readGeneratorLoad()), now) });
      lag.disable();
      emit({ type: 'done', summary: stats.summarize(settings.connections), stopped: stopping });
    }
    resolveDone();
  };

  // With a callback autocannon reports setup errors there instead of rejecting a promise nobody awaits.
  const instance = autocannon(
    {
      url: job.baseUrl,
      connections: settings.connections,
      pipelining: 1,
      timeout: settings.timeoutSeconds,
      sampleInt: SAMPLE_INTERVAL_MS,
      ...(settings.amount !== null ? { amount: settings.amount } : { duration: settings.durationSeconds ?? 10 }),
      requests: [{ method: 'GET', path: firstPath, ...(setupRequest ? { setupRequest } : {}), ...(onResponse ? { onResponse } : {}) }],
      setupClient,
      skipAggregateResult: true,
    },
    (error) => finish(error ?? undefined),
  );

  // Each second also carries the latency so far (live thresholds) and, with a shape, its target and what was achieved.
  let shapeFrom = 0;
  const withExtras = (second: SecondStats, now: number): SecondStats => {
    second.cumulative = stats.cumulativeLatency();
    if (pacer) {
      const to = (now - startedAt) / 1000;
      second.shape = pacer.sample(shapeFrom, to);
      shapeFrom = to;
    }
    return second;
  };

  // One snapshot per second of wall time, each stamped with the nominal end of its second.
  let secondIndex = 1;
  const tick = () => {
    if (finished) return;
    const now = Date.now();
    emit({ type: 'second', second: withExtras(stats.takeSecond(startedAt + secondIndex * 1000, now, readGeneratorLoad()), now) });
    secondIndex += 1;
    secondTimer = setTimeout(tick, Math.max(0, startedAt + secondIndex * 1000 - Date.now()));
  };
  if (!finished) {
    pacer?.start();
    secondTimer = setTimeout(tick, 1000);
    emit({ type: 'started', at: startedAt });
  }

  return {
    stop() {
      if (stopping || finished) return;
      stopping = true;
      instance.stop();
      // autocannon notices the flag on its next sample tick; if it does not, report what we have.
      setTimeout(() => finish(), 4 * SAMPLE_INTERVAL_MS).unref();
    },
    done,
  };
}
