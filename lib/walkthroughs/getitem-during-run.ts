import 'server-only';
import type { RunRecord } from '@/lib/load/run-types';
import { readGetItemSeconds } from '@/lib/metrics/getitem-timings';
import { getMetricsSource } from '@/lib/metrics/metrics-source';

export interface GetItemDuringRun {
  source: 'app' | 'cloudwatch';
  averageMs: number | null;
  maximumMs: number | null;
  samples: number;
}

const MINUTE = 60_000;

/**
 * DynamoDB-side GetItem latency over one run's time span: the app's own timings (emulator), or
 * CloudWatch's 1-minute points covering the run (AWS; they appear a minute or two after it).
 */
export async function getItemDuringRun(run: RunRecord): Promise<GetItemDuringRun> {
  const from = run.startedAt - 1_000;
  const to = (run.endedAt ?? Date.now()) + 1_000;
  const source = getMetricsSource();
  if (source.mode === 'emulator') {
    let count = 0;
    let sum = 0;
    let max = 0;
    for (const second of readGetItemSeconds(from, to)) {
      count += second.count;
      sum += second.sumMs;
      max = Math.max(max, second.maxMs);
    }
    return { source: 'app', averageMs: count > 0 ? sum / count : null, maximumMs: count > 0 ? max : null, samples: count };
  }
  const series = await source.read({
    from: Math.floor(from / MINUTE) * MINUTE,
    to: Math.ceil(to / MINUTE) * MINUTE,
    resolution: 'minute',
    windowMinutes: 180,
  });
  let count = 0;
  let weighted = 0;
  let max = 0;
  for (const point of series.points) {
    count += point.sampleCount;
    weighted += point.average * point.sampleCount;
    max = Math.max(max, point.maximum);
  }
  return { source: series.source, averageMs: count > 0 ? weighted / count : null, maximumMs: count > 0 ? max : null, samples: count };
}
