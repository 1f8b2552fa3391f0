/** A run's thresholds judged: on its summary once it has one, else live on its seconds so far. Client-safe. */
import type { RunRecord } from '@/lib/load/run-types';
import { evaluateThresholds, type ThresholdVerdict } from '@/lib/load/thresholds/threshold-rules';
import { subjectFromSeconds, subjectFromSummary } from '@/lib/load/thresholds/threshold-subject';

export function judgeRun(run: Pick<RunRecord, 'settings' | 'summary' | 'seconds' | 'status'>): ThresholdVerdict | null {
  const rules = run.settings.thresholds ?? [];
  if (rules.length === 0) return null;
  if (run.summary && run.status !== 'running') return evaluateThresholds(rules, subjectFromSummary(run.summary), 'final');
  const live = subjectFromSeconds(run.seconds);
  return live ? evaluateThresholds(rules, live, 'live') : null;
}
