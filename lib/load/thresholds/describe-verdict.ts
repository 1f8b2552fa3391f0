/** A threshold verdict in words, for the terminal, the exports and the page's badge title. Client-safe. */
import type { ThresholdResult, ThresholdVerdict } from '@/lib/load/thresholds/threshold-rules';

const unitOf = (result: ThresholdResult) => (/^p\d+$|^max$|^mean$/.test(result.metric) ? ' ms' : result.rule.includes('%') ? '%' : result.metric === 'rps' ? ' req/s' : '');

export function describeResult(result: ThresholdResult): string {
  const mark = result.passed === null ? 'n/a ' : result.passed ? 'PASS' : 'FAIL';
  const actual = result.actual === null ? 'not measured for this target' : `was ${Number(result.actual.toPrecision(4)).toLocaleString('en-US')}${unitOf(result)}`;
  return `${mark}  ${result.rule}  (${actual})`;
}

export function describeVerdict(verdict: ThresholdVerdict): string {
  const failed = verdict.results.filter((result) => result.passed === false).length;
  const head = verdict.passed ? `Thresholds: PASSED (${verdict.results.length})` : `Thresholds: FAILED (${failed} of ${verdict.results.length})`;
  return [head, ...verdict.results.map((result) => `  ${describeResult(result)}`)].join('\n');
}
