/**
 * `npm run bench -- sweep order|lookup --levels 1,2,5,10 -d 5 [--modern naive] [--stock n] [--threshold 'p95 < 50 ms']`:
 * a concurrency sweep on a running app (the same engine as the page), followed to its end and
 * printed as a table with each side's knee. Exit 99 when a threshold failed, 1 when the sweep did
 * not complete or a level failed requests, 0 otherwise.
 */
import { formatCount, formatMs, formatRate } from '@/lib/load/format';
import { kneeSentence } from '@/lib/load/sweeps/sweep-report';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';
import { parseLevelsText } from '@/lib/load/sweeps/sweep-levels';
import { splitThresholdText } from '@/lib/load/thresholds/threshold-rules';

class SweepUsageError extends Error {}

function headers(json: boolean): Record<string, string> {
  const token = process.env.ADMIN_TOKEN;
  return { ...(json ? { 'content-type': 'application/json' } : {}), ...(token ? { 'x-admin-token': token } : {}) };
}

function parseSweepArgs(args: string[]): { baseUrl: string; json: boolean; body: Record<string, unknown> } {
  const [scenario, ...rest] = args;
  if (scenario !== 'order' && scenario !== 'lookup') throw new SweepUsageError('sweep takes order or lookup');
  const body: Record<string, unknown> = { scenario };
  const thresholds: string[] = [];
  let baseUrl = 'http://127.0.0.1:3000';
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new SweepUsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--levels') {
      try {
        body.levels = parseLevelsText(value());
      } catch (error) {
        throw new SweepUsageError(`--levels: ${(error as Error).message}`);
      }
    } else if (arg === '-d') body.secondsPerLevel = value();
    else if (arg === '--stock') body.stock = value();
    else if (arg === '--timeout') body.timeoutSeconds = value();
    else if (arg === '--seed') body.seed = value();
    else if (arg === '--modern') body.modernTargetId = `${scenario}.${value()}`;
    else if (arg === '--threshold' || arg === '--thresholds') thresholds.push(...splitThresholdText(value()));
    else if (arg === '--url') baseUrl = value().replace(/\/+$/, '');
    else if (arg === '--json') json = true;
    else throw new SweepUsageError(`unknown sweep flag ${arg}`);
  }
  if (thresholds.length > 0) body.thresholds = thresholds;
  return { baseUrl, json, body };
}

/** Starts a sweep and polls it to its end, a line per finished point on `log`. */
export async function runRemoteSweep(baseUrl: string, body: unknown, log: (line: string) => void = (line) => console.error(line)): Promise<SweepRecord> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}/api/sweeps`, { method: 'POST', headers: headers(true), body: JSON.stringify(body) });
  } catch (error) {
    throw new SweepUsageError(`The app does not answer at ${baseUrl} (${error instanceof Error ? error.message : error}).`);
  }
  const payload = (await response.json().catch(() => ({}))) as { sweep?: SweepRecord; error?: { message?: string } };
  if (!response.ok || !payload.sweep) throw new SweepUsageError(`${response.status}: ${payload.error?.message ?? 'the app refused the sweep'}`);
  let sweep = payload.sweep;
  log(`Sweep ${sweep.id}: ${sweep.legacyTargetId} vs ${sweep.modernTargetId}, levels ${sweep.settings.levels.join(',')} x ${sweep.settings.secondsPerLevel} s`);
  const onInterrupt = () => void fetch(`${baseUrl}/api/sweeps/${sweep.id}/cancel`, { method: 'POST', headers: headers(false) });
  process.on('SIGINT', onInterrupt);
  let printed = 0;
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      sweep = (await (await fetch(`${baseUrl}/api/sweeps/${sweep.id}`, { headers: headers(false) })).json()) as SweepRecord;
      for (const point of sweep.points.slice(printed)) {
        log(`  ${point.side.padEnd(6)} ${String(point.level).padStart(5)}  ${point.summary ? `${formatRate(point.summary.requestsPerSecond).padStart(8)} req/s  p95 ${formatMs(point.summary.latency.p95).padStart(8)}` : point.status}${point.audit ? (point.audit.balanced ? '  books balanced' : '  BOOKS NOT BALANCED') : ''}`);
      }
      printed = sweep.points.length;
      if (sweep.status !== 'running') return sweep;
    }
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

function sweepToText(sweep: SweepRecord): string {
  const unit = sweep.kind === 'concurrency' ? 'connections' : 'purchases';
  const lines = [`Sweep ${sweep.id} — ${sweep.status}${sweep.error ? `: ${sweep.error}` : ''}`];
  if (sweep.engines) lines.push(`Engines: legacy ${sweep.engines.legacy.name}, modern ${sweep.engines.modern.name}${sweep.engines.modern.emulator ? ' (an emulator: its latency is not DynamoDB’s)' : ''}`);
  lines.push('', `${'side'.padEnd(8)}${unit.padStart(12)}${'req/s'.padStart(10)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p99'.padStart(10)}${'failed'.padStart(8)}  books`);
  for (const p of sweep.points) {
    const s = p.summary;
    lines.push(`${p.side.padEnd(8)}${formatCount(p.level).padStart(12)}${(s ? formatRate(s.requestsPerSecond) : '—').padStart(10)}${(s ? formatMs(s.latency.p50) : '—').padStart(10)}${(s ? formatMs(s.latency.p95) : '—').padStart(10)}${(s ? formatMs(s.latency.p99) : '—').padStart(10)}${(s ? formatCount(s.failed) : '—').padStart(8)}  ${p.audit ? (p.audit.balanced ? 'balanced' : 'NOT balanced') : '—'}`);
  }
  lines.push('', kneeSentence(sweep, 'legacy', unit), kneeSentence(sweep, 'modern', unit));
  if (sweep.passed !== null) lines.push('', `Thresholds (${sweep.settings.thresholds.join(', ')}): ${sweep.passed ? 'PASSED at every level' : 'FAILED'}`);
  return lines.join('\n');
}

function sweepExitCode(sweep: SweepRecord): number {
  if (sweep.passed === false) return 99;
  return sweep.status === 'completed' && sweep.points.every((p) => (p.summary?.failed ?? 1) === 0) ? 0 : 1;
}

export async function runSweepCli(args: string[]): Promise<number> {
  try {
    const { baseUrl, json, body } = parseSweepArgs(args);
    const sweep = await runRemoteSweep(baseUrl, body);
    console.log(json ? JSON.stringify(sweep, null, 2) : `\n${sweepToText(sweep)}`);
    return sweepExitCode(sweep);
  } catch (error) {
    if (error instanceof SweepUsageError) {
      console.error(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
