import 'server-only';
import { engineOf } from '@/lib/db/engine-names';
import { AppError } from '@/lib/http/app-error';
import { describeError } from '@/lib/http/to-error-response';
import { appBaseUrl } from '@/lib/load/app-address';
import { startGenerator } from '@/lib/load/generator/spawn-generator';
import type { BooksNote, LoadTarget, RunNotes, SeededSettings, Side } from '@/lib/load/load-target';
import { reserve, type ActiveState } from '@/lib/load/runs/job-slot';
import { newRunId } from '@/lib/load/run-store';
import { runSettingsSchema } from '@/lib/load/run-settings';
import type { SecondStats } from '@/lib/load/run-types';
import { kneesOf } from '@/lib/load/sweeps/sweep-curves';
import { saveSweep } from '@/lib/load/sweeps/sweep-store';
import type { PointAudit, PointSummary, SweepPoint, SweepRecord, SweepSettings, SweepStep } from '@/lib/load/sweeps/sweep-types';
import { evaluateThresholds } from '@/lib/load/thresholds/threshold-rules';
import { subjectFromSeconds, subjectFromSummary } from '@/lib/load/thresholds/threshold-subject';

/**
 * A concurrency sweep: for each level, the legacy side then the modern side, each with that many
 * connections for N seconds (closed model). Each side's target prepares and cleans up as for a run
 * (the offer resets its stock before and audits its books after). The sweep holds the engine's
 * job slot the whole time, so no run starts beside it, and a cancel (POST /api/sweeps/{id}/cancel,
 * or /api/runs/{id}/cancel) stops the level going now within a second.
 */

/** The machine settles between sides and levels. */
const PAUSE_MS = 500;
/** The live record is written to disk at most this often during a level. */
const SAVE_EVERY_MS = 3_000;

const live = new Map<string, SweepRecord>();

/** The sweep going now, with its freshest progress (the store may lag by a few seconds). */
export function liveSweep(id: string): SweepRecord | null {
  return live.get(id) ?? null;
}

function pointSummary(summary: Awaited<ReturnType<typeof startGenerator>['result']>['summary']): PointSummary {
  const { latency } = summary;
  return {
    totalTimeSeconds: summary.totalTimeSeconds,
    sent: summary.sent,
    completed: summary.completed,
    succeeded: summary.succeeded,
    failed: summary.failed,
    unfinished: summary.unfinished,
    requestsPerSecond: summary.requestsPerSecond,
    errors: summary.errors,
    outcomes: summary.outcomes,
    lateStarts: summary.lateStarts,
    generator: summary.generator,
    latency: { p50: latency.p50, p90: latency.p90, p95: latency.p95, p99: latency.p99, max: latency.max, mean: latency.mean },
  };
}

const booksOf = (notes: RunNotes): PointAudit | null => (notes as Partial<BooksNote>).books ?? null;

export async function startSweep(input: { settings: SweepSettings; legacy: LoadTarget; modern: LoadTarget }): Promise<SweepRecord> {
  const { settings, legacy, modern } = input;
  const id = newRunId('w');
  const slot = reserve({ kind: 'sweep', id, runIds: [], showdown: null });
  try {
    // Both sides walk the same shared preparation (a lookup's sampled keys), as in a showdown.
    const shared = { legacy: await legacy.share?.(), modern: modern.share === legacy.share ? undefined : await modern.share?.() };
    const [legacyEngine, modernEngine] = await Promise.all([legacy.backend ? engineOf(legacy.backend) : null, modern.backend ? engineOf(modern.backend) : null]);
    const record: SweepRecord = {
      id,
      kind: settings.kind,
      scenario: settings.scenario,
      legacyTargetId: legacy.id,
      modernTargetId: modern.id,
      labels: { legacy: legacy.label, modern: modern.label },
      settings,
      status: 'running',
      progress: { levelIndex: 0, side: null, step: 'preparing', fraction: null, live: null },
      points: [],
      knees: { legacy: null, modern: null },
      passed: null,
      engines: legacyEngine && modernEngine ? { legacy: legacyEngine, modern: modernEngine } : null,
      startedAt: Date.now(),
      endedAt: null,
      error: null,
    };
    live.set(id, record);
    await saveSweep(record);
    const sides: Array<{ side: Side; target: LoadTarget; shared: unknown }> = [
      { side: 'legacy', target: legacy, shared: shared.legacy },
      { side: 'modern', target: modern, shared: shared.modern ?? shared.legacy },
    ];
    void runLevels(slot, record, sides)
      .catch(async (error: unknown) => {
        record.status = 'failed';
        record.error = describeError(error);
      })
      .finally(async () => {
        record.progress = null;
        record.endedAt ??= Date.now();
        await saveSweep(record).catch(() => undefined);
        live.delete(id);
        slot.finish();
      });
    return record;
  } catch (error) {
    slot.finish();
    throw error;
  }
}

async function runLevels(slot: ActiveState, record: SweepRecord, sides: Array<{ side: Side; target: LoadTarget; shared: unknown }>): Promise<void> {
  const { settings } = record;
  outer: for (const [levelIndex, level] of settings.levels.entries()) {
    for (const side of sides) {
      if (slot.cancelled) break outer;
      const point = await runPoint(slot, record, { levelIndex, level, ...side });
      record.points.push(point);
      record.knees = kneesOf(record.points);
      record.passed = settings.thresholds.length === 0 ? null : record.points.every((p) => p.thresholds?.passed !== false);
      await saveSweep(record);
      if (point.status === 'failed') {
        record.status = 'failed';
        record.error = point.error;
        break outer;
      }
      if (!slot.cancelled) await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  }
  if (record.status === 'running') record.status = slot.cancelled ? 'cancelled' : 'completed';
  record.endedAt = Date.now();
}

async function runPoint(slot: ActiveState, record: SweepRecord, at: { levelIndex: number; level: number; side: Side; target: LoadTarget; shared: unknown }): Promise<SweepPoint> {
  const { settings } = record;
  const runSettings: SeededSettings = {
    ...runSettingsSchema.parse({ model: 'closed', connections: at.level, durationSeconds: settings.secondsPerLevel, timeoutSeconds: settings.timeoutSeconds, stock: settings.stock }),
    seed: settings.seed,
  };
  const startedAt = Date.now();
  const point: SweepPoint = { side: at.side, targetId: at.target.id, level: at.level, status: 'running', startedAt, endedAt: startedAt, summary: null, audit: null, notes: null, thresholds: null, error: null };
  let started = false;
  const step = (name: SweepStep) => {
    record.progress = { levelIndex: at.levelIndex, side: at.side, step: name, fraction: null, live: null };
  };
  try {
    const prepared = at.target.prepare(at.shared, runSettings);
    started = true;
    if (at.target.beforeRun) {
      step('resetting');
      await at.target.beforeRun(runSettings);
    }
    step('running');
    const seconds: SecondStats[] = [];
    let lastSave = Date.now();
    const handle = startGenerator({ baseUrl: appBaseUrl(), request: prepared.request, outcomes: at.target.outcomes ?? null, settings: runSettings }, (second) => {
      seconds.push(second);
      const subject = subjectFromSeconds(seconds);
      record.progress = {
        levelIndex: at.levelIndex,
        side: at.side,
        step: 'running',
        fraction: Math.min(1, second.second / settings.secondsPerLevel),
        live: { second: second.second, rps: second.rps, p95: second.p95, thresholds: subject && settings.thresholds.length > 0 ? evaluateThresholds(settings.thresholds, subject, 'live') : null },
      };
      if (Date.now() - lastSave >= SAVE_EVERY_MS) {
        lastSave = Date.now();
        saveSweep(record).catch(() => undefined);
      }
    });
    const key = `${record.id}:${at.side}:${at.level}`;
    slot.generators.set(key, handle);
    if (slot.cancelled) handle.stop();
    try {
      const { summary, stopped } = await handle.result;
      point.summary = pointSummary(summary);
      point.status = stopped || slot.cancelled ? 'cancelled' : 'completed';
      if (settings.thresholds.length > 0) point.thresholds = evaluateThresholds(settings.thresholds, subjectFromSummary(summary), 'final');
    } finally {
      slot.generators.delete(key);
    }
  } catch (error) {
    point.status = slot.cancelled ? 'cancelled' : 'failed';
    point.error = slot.cancelled ? null : describeError(error);
    // Refused before any load (no data, a backend down): the sweep stops with the reason.
    if (error instanceof AppError && !slot.cancelled) point.status = 'failed';
  }
  // The books are read whenever the level began, also when it was cancelled or its generator died.
  if (started && at.target.afterRun) {
    step('auditing');
    // A level ends on the clock: requests still in flight on the server then (the order paths
    // hold a transaction through the payment step) finish after it. Their books are read once
    // they have had the time the slowest answer took, twice over.
    // Without a summary (the generator was stopped hard) nothing is known of them: a second is given.
    const settleMs = !point.summary ? 1_000 : point.summary.unfinished > 0 ? Math.min(settings.timeoutSeconds * 1000, 2 * point.summary.latency.max + 250) : 0;
    if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    const notes = await at.target.afterRun(runSettings).catch((error: unknown): RunNotes => ({ books: { balanced: false, problems: [describeError(error)], recorded: 0, initialStock: null } }));
    point.audit = booksOf(notes);
    const rest = Object.fromEntries(Object.entries(notes).filter(([name]) => name !== 'books'));
    point.notes = Object.keys(rest).length > 0 ? rest : null;
  }
  point.endedAt = Date.now();
  return point;
}
