import type { RunSummary } from '@/lib/load/run-types';

/** ab's "Percentage of the requests served within a certain time" rows, from one summary. */
export function servedWithin(latency: RunSummary['latency'], options: { withP999?: boolean } = {}): Array<[label: string, ms: number]> {
  return [
    ['50%', latency.p50],
    ['66%', latency.p66],
    ['75%', latency.p75],
    ['80%', latency.p80],
    ['90%', latency.p90],
    ['95%', latency.p95],
    ['98%', latency.p98],
    ['99%', latency.p99],
    ...(options.withP999 ? [['99.9%', latency.p999] as [string, number]] : []),
    ['100%', latency.max],
  ];
}
