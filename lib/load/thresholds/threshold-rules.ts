/**
 * Pass/fail rules for a run, k6-style: "p95 < 50 ms", "errors < 1%", "oversold = 0", "rps > 1000".
 * Parsed once (the form, the API and the CLI share the schema), evaluated live on the figures so
 * far and at the end on the run's summary. Client-safe: no server imports.
 */
import { z } from 'zod';

const builtInMetrics = ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'rps', 'errors', 'timeouts'] as const;
/** A built-in metric, or the name of one of the target's outcome counters ("oversold", "outOfStock"). */
type ThresholdMetric = (typeof builtInMetrics)[number] | (string & {});

const latencyMetrics = new Set<string>(['p50', 'p90', 'p95', 'p99', 'max', 'mean']);
const isBuiltIn = (name: string) => (builtInMetrics as readonly string[]).includes(name);

type ThresholdOperator = '<' | '<=' | '>' | '>=' | '=';

/** What a rule compares: milliseconds, a share of the requests in percent, a count, or requests per second. */
type ThresholdUnit = 'ms' | 'percent' | 'count' | 'rps';

export interface ThresholdRule {
  /** The rule as written, trimmed ("p95 < 50 ms"). */
  source: string;
  metric: ThresholdMetric;
  operator: ThresholdOperator;
  /** In the rule's unit: ms for latency, percent for "errors < 1%". */
  value: number;
  unit: ThresholdUnit;
}

const RULE = /^([a-zA-Z][a-zA-Z0-9]*)\s*(<=|>=|==|<|>|=)\s*(-?\d+(?:\.\d+)?)\s*(ms|s|%|req\/s|\/s)?$/i;

const aliases: Record<string, ThresholdMetric> = { throughput: 'rps', reqs: 'rps', failed: 'errors', median: 'p50', avg: 'mean' };

/** Parses one rule; throws an Error whose message says what is wrong, in words. */
export function parseThreshold(text: string): ThresholdRule {
  const source = text.trim().replace(/\s+/g, ' ');
  const match = RULE.exec(source);
  if (!match) throw new Error(`"${source}" is not a rule like "p95 < 50 ms", "errors < 1%" or "oversold = 0"`);
  const [, rawMetric, rawOperator, rawValue, rawUnit] = match;
  const lower = rawMetric!.toLowerCase();
  const metric: ThresholdMetric = aliases[lower] ?? (isBuiltIn(lower) ? lower : rawMetric!);
  // p42 or P95X: a percentile that is not kept; anything else names an outcome counter of the target.
  if (!isBuiltIn(metric) && /^p\d/i.test(metric)) throw new Error(`"${rawMetric}" is not a metric (use ${builtInMetrics.join(', ')} or an outcome such as oversold)`);
  const operator = (rawOperator === '==' ? '=' : rawOperator) as ThresholdOperator;
  let value = Number(rawValue);
  const unitText = rawUnit?.toLowerCase();
  let unit: ThresholdUnit;
  if (latencyMetrics.has(metric)) {
    if (unitText === '%' || unitText === 'req/s' || unitText === '/s') throw new Error(`${metric} is a latency: give it in ms or s ("${metric} < 50 ms")`);
    if (unitText === 's') value *= 1000;
    unit = 'ms';
  } else if (metric === 'rps') {
    if (unitText === '%' || unitText === 'ms' || unitText === 's') throw new Error('rps is requests per second: "rps > 1000"');
    unit = 'rps';
  } else {
    if (unitText === 'ms' || unitText === 's' || unitText === 'req/s' || unitText === '/s') throw new Error(`${metric} is a count or a share: "${metric} = 0" or "${metric} < 1%"`);
    unit = unitText === '%' ? 'percent' : 'count';
  }
  if (value < 0) throw new Error(`"${source}": the limit cannot be negative`);
  if (unit === 'percent' && value > 100) throw new Error(`"${source}": a share is at most 100%`);
  return { source, metric, operator, value, unit };
}

const thresholdBounds = { maxRules: 10, maxLength: 60 } as const;

/** A list of rules as the API and the form take it: strings, each checked and kept as written. */
export const thresholdsSchema = z
  .array(z.string().max(thresholdBounds.maxLength, { error: `a rule is at most ${thresholdBounds.maxLength} characters` }), { error: 'thresholds must be a list of rules' })
  .max(thresholdBounds.maxRules, { error: `at most ${thresholdBounds.maxRules} thresholds` })
  .superRefine((rules, ctx) => {
    rules.forEach((rule, index) => {
      try {
        parseThreshold(rule);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: [index], message: (error as Error).message });
      }
    });
  })
  .transform((rules) => rules.map((rule) => parseThreshold(rule).source).filter((rule) => rule !== ''));

/** Splits the form's or the CLI's text ("p95 < 50 ms, errors < 1%" or one per line) into rules. */
export function splitThresholdText(text: string): string[] {
  return text
    .split(/[\n,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The figures rules are evaluated on: a finished run's summary or the seconds of a running one so far. */
export interface ThresholdSubject {
  latency: Record<'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'mean', number>;
  requestsPerSecond: number;
  /** Responses received (any status). */
  completed: number;
  /** Non-2xx + timeouts + connection errors. */
  failed: number;
  timeouts: number;
  connectionErrors: number;
  /** The target's outcome counters (e.g. { ordered, outOfStock, oversold }); null when it reads none. */
  outcomes: Record<string, number> | null;
}

export interface ThresholdResult {
  rule: string;
  metric: ThresholdMetric;
  /** The measured value in the rule's unit; null when the run does not measure it (oversold on a lookup). */
  actual: number | null;
  /** null: not applicable to this run (an outcome its target does not count). */
  passed: boolean | null;
}

export interface ThresholdVerdict {
  /** Every applicable rule held. A run with no rules passes. */
  passed: boolean;
  results: ThresholdResult[];
  /** "live" while the run goes (figures so far), "final" on its summary. */
  stage: 'live' | 'final';
}

function measure(rule: ThresholdRule, subject: ThresholdSubject): number | null {
  if (latencyMetrics.has(rule.metric)) return subject.latency[rule.metric as keyof ThresholdSubject['latency']];
  if (rule.metric === 'rps') return subject.requestsPerSecond;
  const count = rule.metric === 'errors' ? subject.failed : rule.metric === 'timeouts' ? subject.timeouts : (subject.outcomes?.[rule.metric] ?? null);
  if (count === null) return null;
  if (rule.unit !== 'percent') return count;
  // A share of the requests that got an answer, timed out or failed to connect (ab's "complete + failed").
  const attempted = subject.completed + subject.timeouts + subject.connectionErrors;
  return attempted === 0 ? 0 : (count / attempted) * 100;
}

function holds(actual: number, operator: ThresholdOperator, limit: number): boolean {
  switch (operator) {
    case '<':
      return actual < limit;
    case '<=':
      return actual <= limit;
    case '>':
      return actual > limit;
    case '>=':
      return actual >= limit;
    case '=':
      return Math.abs(actual - limit) < 1e-9;
  }
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function evaluateThresholds(rules: readonly string[], subject: ThresholdSubject, stage: ThresholdVerdict['stage']): ThresholdVerdict {
  const results = rules.map((text): ThresholdResult => {
    const rule = parseThreshold(text);
    const actual = measure(rule, subject);
    return { rule: rule.source, metric: rule.metric, actual: actual === null ? null : round(actual), passed: actual === null ? null : holds(actual, rule.operator, rule.value) };
  });
  return { passed: results.every((result) => result.passed !== false), results, stage };
}
