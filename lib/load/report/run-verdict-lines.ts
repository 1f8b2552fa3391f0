/**
 * What the exports say beside a run's figures: the engine that served it (and that an emulator's
 * latency is not the real service's) and its thresholds' verdict. Client-safe.
 */
import { emulatorNote } from '@/lib/load/engine-stamp';
import type { RunRecord } from '@/lib/load/run-types';
import { describeResult } from '@/lib/load/thresholds/describe-verdict';

type Run = Pick<RunRecord, 'label' | 'engine' | 'thresholds' | 'side'>;

const sideName = (run: Run) => (run.side === 'legacy' ? 'Legacy' : run.side === 'modern' ? 'Modern' : run.label);

/** "Modern (DynamoDB GetItem) served by dynalite 4.0.0 (DynamoDB emulator)", then the emulator's caveat. */
export function engineLines(runs: Run[]): string[] {
  const lines = runs.filter((run) => run.engine).map((run) => `${sideName(run)} (${run.label}) served by ${run.engine!.name}${run.engine!.emulator ? ' — an emulator' : ''}.`);
  for (const run of runs) if (run.engine?.emulator) lines.push(emulatorNote(run.engine));
  return lines;
}

export function thresholdLines(run: Run): string[] {
  if (!run.thresholds) return [];
  const failed = run.thresholds.results.filter((result) => result.passed === false).length;
  return [run.thresholds.passed ? `Thresholds: PASSED (${run.thresholds.results.length})` : `Thresholds: FAILED (${failed} of ${run.thresholds.results.length})`, ...run.thresholds.results.map((result) => `  ${describeResult(result)}`)];
}
