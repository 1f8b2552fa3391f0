/**
 * The headless load CLI: asks a running app to run a load (the same engine as the page, so the
 * run also shows up live there and in the history), follows it, and prints an ab-like and
 * Gatling-like summary. Exit code 99 when a threshold failed (as k6), else 1 when requests failed
 * or the run did not complete, 2 for bad arguments or an unreachable app, 0 otherwise.
 *
 *   npm run bench -- order redis -c 150 -n 3000
 *   npm run bench -- lookup dynamodb -R 200 -d 30          (open model: 200 arrivals/s)
 *   npm run bench -- ping -c 50 -d 10
 *   npm run bench -- showdown order -c 150 -n 3000 [--race] [--modern naive]
 *   npm run bench -- lookup relational --stages 10s:10,20s:10,10s:50 --threshold 'p95 < 20 ms'
 *   npm run bench -- sweep order --levels 1,2,5,10,25,50 -d 10        (see sweep-cli.ts)
 *   flags: -c connections, -n requests, -d seconds, -R rate, --timeout s, --stock n, --seed n,
 *          --stages d:target,… (connections; with --open arrivals/s), --threshold 'rule' (repeatable),
 *          --url http://127.0.0.1:3000, --json (the run records as JSON on stdout)
 */
import { readServerSentEvents } from './load-sse-client';
import { comparisonToText, runToText } from '@/lib/load/report/to-text-summary';
import { runSettingsSchema, describeModel } from '@/lib/load/run-settings';
import { parseStagesText, type LoadStage } from '@/lib/load/shapes/load-stages';
import { describeVerdict } from '@/lib/load/thresholds/describe-verdict';
import { splitThresholdText } from '@/lib/load/thresholds/threshold-rules';
import { runSweepCli } from './sweep-cli';
import type { LiveEvent, RunRecord, ShowdownState } from '@/lib/load/run-types';
import { showdownScenarios, targetIdFromWords, type ShowdownScenario, type TargetId } from '@/lib/scenario-catalog';

export const loadCliWords = ['ping', 'order', 'lookup', 'showdown', 'sweep'];

/** k6's exit code for a run whose thresholds failed. */
export const THRESHOLDS_FAILED_EXIT = 99;

class UsageError extends Error {}

interface CliOptions {
  baseUrl: string;
  json: boolean;
  settings: Record<string, string>;
  stages?: LoadStage[];
  thresholds: string[];
  race: boolean;
  modern?: string;
}

const flagNames: Record<string, string> = {
  '-c': 'connections',
  '-n': 'amount',
  '-d': 'durationSeconds',
  '-R': 'rate',
  '--timeout': 'timeoutSeconds',
  '--stock': 'stock',
  '--seed': 'seed',
};

export function parseLoadArgs(args: string[]): { words: string[]; options: CliOptions } {
  const words: string[] = [];
  const options: CliOptions = { baseUrl: 'http://127.0.0.1:3000', json: false, settings: {}, thresholds: [], race: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (flagNames[arg]) options.settings[flagNames[arg]] = value();
    else if (arg === '--url') options.baseUrl = value().replace(/\/+$/, '');
    else if (arg === '--json') options.json = true;
    else if (arg === '--race') options.race = true;
    else if (arg === '--open') options.settings.model = 'open';
    else if (arg === '--stages') {
      try {
        options.stages = parseStagesText(value());
      } catch (error) {
        throw new UsageError(`--stages: ${(error as Error).message}`);
      }
    } else if (arg === '--threshold' || arg === '--thresholds') options.thresholds.push(...splitThresholdText(value()));
    else if (arg === '--modern') options.modern = value();
    else if (arg.startsWith('-')) throw new UsageError(`unknown flag ${arg}`);
    else words.push(arg);
  }
  if (options.settings.rate !== undefined) options.settings.model = 'open';
  return { words, options };
}

function headers(json: boolean): Record<string, string> {
  const token = process.env.ADMIN_TOKEN;
  return { ...(json ? { 'content-type': 'application/json' } : {}), ...(token ? { 'x-admin-token': token } : {}) };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: headers(true), body: JSON.stringify(body) });
  } catch (error) {
    throw new UsageError(`The app does not answer at ${new URL(url).origin} (${error instanceof Error ? error.message : error}). Start it with \`npm start\` or pass --url.`);
  }
  const payload = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!response.ok) throw new UsageError(`${response.status}: ${payload.error?.message ?? 'the app refused the run'}`);
  return payload;
}

async function getRun(baseUrl: string, id: string): Promise<RunRecord> {
  const response = await fetch(`${baseUrl}/api/runs/${id}`, { headers: headers(false) });
  if (!response.ok) throw new Error(`Could not read run ${id}: ${response.status}`);
  return (await response.json()) as RunRecord;
}

/** Ctrl+C cancels the run on the server, then the final summary is still printed. */
function cancelOnInterrupt(baseUrl: string, id: () => string | null): () => void {
  const handler = () => {
    const current = id();
    if (!current) process.exit(130);
    console.error(`\nCancelling ${current}…`);
    void fetch(`${baseUrl}/api/runs/${current}/cancel`, { method: 'POST', headers: headers(true) }).catch(() => process.exit(130));
  };
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

const failedRequests = (run: RunRecord) => (run.summary ? run.summary.failed : Number.POSITIVE_INFINITY);

/** Starts one run on the app and follows it to its end; progress goes to stderr. */
export async function runRemoteLoad(baseUrl: string, targetId: TargetId, settings: unknown, log: (line: string) => void = (line) => console.error(line)): Promise<RunRecord> {
  const { run } = await post<{ run: RunRecord }>(`${baseUrl}/api/runs`, { targetId, settings });
  log(`Benchmarking ${run.request} on ${baseUrl} (${describeModel(run.settings)}), run ${run.id}`);
  const stop = cancelOnInterrupt(baseUrl, () => run.id);
  const amount = run.settings.amount;
  let done = 0;
  let nextMark = amount ? Math.ceil(amount / 10) : 0;
  try {
    for await (const raw of readServerSentEvents(`${baseUrl}/api/runs/${run.id}/events`, { headers: headers(false) })) {
      const event = raw as LiveEvent;
      if (event.type === 'second') {
        done += event.second.requests;
        if (amount) {
          while (nextMark && done >= nextMark && nextMark <= amount) {
            log(`Completed ${nextMark} requests`);
            nextMark += Math.ceil(amount / 10);
          }
        } else {
          const s = event.second;
          log(`  ${String(s.second).padStart(4)} s  ${s.rps.toFixed(0).padStart(7)} req/s  p95 ${s.p95.toFixed(2).padStart(9)} ms  errors ${s.errors.status + s.errors.timeout + s.errors.connection}${s.generator.saturated ? '  [generator saturated]' : ''}`);
        }
      }
      if (event.type === 'run' && event.run.status !== 'running') break;
    }
  } finally {
    stop();
  }
  return getRun(baseUrl, run.id);
}

/** Starts a showdown and follows it through the live stream to its end. */
export async function runRemoteShowdown(baseUrl: string, body: { scenario: ShowdownScenario; mode: 'fair' | 'race'; modernTargetId?: TargetId; settings: unknown }, log: (line: string) => void = (line) => console.error(line)): Promise<{ showdown: ShowdownState; runs: RunRecord[] }> {
  const controller = new AbortController();
  const stream = readServerSentEvents(`${baseUrl}/api/runs/live`, { headers: headers(false), signal: controller.signal });
  await stream.next(); // subscribed (the snapshot) before starting, so no event is missed
  const { showdown } = await post<{ showdown: ShowdownState }>(`${baseUrl}/api/runs/showdown`, body);
  log(`Showdown ${showdown.id}: ${showdown.legacyTargetId} vs ${showdown.modernTargetId}, ${showdown.mode} mode (${describeModel(showdown.settings)})`);
  let current: ShowdownState = showdown;
  const labels = new Map<string, string>();
  const stop = cancelOnInterrupt(baseUrl, () => current.id);
  try {
    for await (const raw of stream) {
      const event = raw as LiveEvent;
      if (event.type === 'showdown' && event.showdown.id === showdown.id) {
        current = event.showdown;
        if (current.status !== 'running') break;
        log(`-- ${current.phase}`);
      }
      if (event.type === 'run') labels.set(event.run.id, event.run.targetId);
      if (event.type === 'second' && labels.has(event.runId)) {
        const s = event.second;
        log(`  ${labels.get(event.runId)!.padEnd(18)} ${String(s.second).padStart(4)} s  ${s.rps.toFixed(0).padStart(7)} req/s  p95 ${s.p95.toFixed(2).padStart(9)} ms`);
      }
    }
  } finally {
    stop();
    controller.abort();
  }
  const ids = [current.legacyRunId, current.modernRunId].filter((id): id is string => id !== null);
  return { showdown: current, runs: await Promise.all(ids.map((id) => getRun(baseUrl, id))) };
}

function parseSettings(options: CliOptions): unknown {
  const raw = { ...options.settings, ...(options.stages ? { stages: options.stages } : {}), ...(options.thresholds.length > 0 ? { thresholds: options.thresholds } : {}) };
  const result = runSettingsSchema.safeParse(raw);
  if (!result.success) throw new UsageError(result.error.issues.map((issue) => `${flagFor(String(issue.path[0] ?? ''))}: ${issue.message}`).join('; '));
  return raw;
}

const flagFor = (field: string) => (field === 'stages' ? '--stages' : field === 'thresholds' ? '--threshold' : (Object.entries(flagNames).find(([, name]) => name === field)?.[0] ?? field));

/** 99 when a threshold failed (k6's code), else 1 when a request failed or a run did not complete, else 0. */
export function exitCodeFor(runs: RunRecord[], completed: boolean): number {
  if (runs.some((run) => run.thresholds?.passed === false)) return THRESHOLDS_FAILED_EXIT;
  return completed && runs.every((run) => failedRequests(run) === 0) ? 0 : 1;
}

/** The CLI entry; returns the process exit code. */
export async function runLoadCli(args: string[]): Promise<number> {
  if (args[0] === 'sweep') return runSweepCli(args.slice(1));
  try {
    const { words, options } = parseLoadArgs(args);
    const [first, second] = words;
    const settings = parseSettings(options);
    if (first === 'showdown') {
      if (!showdownScenarios.includes(second as ShowdownScenario)) throw new UsageError(`showdown takes ${showdownScenarios.join(' or ')}`);
      const modernTargetId = options.modern ? targetIdFromWords(second!, options.modern) : undefined;
      if (options.modern && !modernTargetId) throw new UsageError(`--modern ${options.modern} is not a ${second} target`);
      const { showdown, runs } = await runRemoteShowdown(options.baseUrl, { scenario: second as ShowdownScenario, mode: options.race ? 'race' : 'fair', ...(modernTargetId ? { modernTargetId } : {}), settings });
      if (options.json) console.log(JSON.stringify({ showdown, runs }, null, 2));
      else {
        for (const run of runs) console.log(`\n${runToText(run, options.baseUrl)}`);
        if (runs.length === 2) console.log(`\n${comparisonToText(runs[0]!, runs[1]!)}`);
        if (showdown.error) console.log(`\nShowdown ${showdown.status}: ${showdown.error}`);
        for (const run of runs) if (run.thresholds) console.log(`\n${run.targetId}: ${describeVerdict(run.thresholds)}`);
      }
      return exitCodeFor(runs, showdown.status === 'completed');
    }
    const targetId = first ? targetIdFromWords(first, second) : null;
    if (!targetId) throw new UsageError(`unknown target "${words.join(' ')}": use ping, order legacy|redis|naive, lookup relational|dynamodb, or showdown order|lookup`);
    const run = await runRemoteLoad(options.baseUrl, targetId, settings);
    console.log(options.json ? JSON.stringify(run, null, 2) : `\n${runToText(run, options.baseUrl)}`);
    if (!options.json && run.thresholds) console.log(`\n${describeVerdict(run.thresholds)}`);
    return exitCodeFor([run], run.status === 'completed');
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
