import * as hdr from 'hdr-histogram-js';
import type { LatencyBin } from '@/lib/load/run-types';

/**
 * Latency in microseconds in an HDR histogram (3 significant digits: 0.1 % error at any scale).
 * autocannon's own histogram records whole milliseconds; sub-millisecond answers (Redis, a ping)
 * would all read as 0 or 1 ms there.
 */
export type LatencyHistogram = hdr.JsHistogram;

const ONE_HOUR_US = 3_600_000_000;

export function createLatencyHistogram(): LatencyHistogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: ONE_HOUR_US,
    numberOfSignificantValueDigits: 3,
    bitBucketSize: 32,
    autoResize: true,
    useWebAssembly: false,
  }) as LatencyHistogram;
}

/** Records one latency given in milliseconds (a float from process.hrtime). */
export function recordMs(histogram: LatencyHistogram, ms: number): void {
  const us = Math.max(1, Math.round(ms * 1000));
  histogram.recordValue(Math.min(us, ONE_HOUR_US));
}

const toMs = (us: number) => Math.round(us) / 1000;

/** The value at a percentile, in ms; 0 when nothing was recorded. */
export function percentileMs(histogram: LatencyHistogram, percentile: number): number {
  return histogram.totalCount === 0 ? 0 : toMs(histogram.getValueAtPercentile(percentile));
}

export function maxMs(histogram: LatencyHistogram): number {
  return histogram.totalCount === 0 ? 0 : toMs(histogram.maxValue);
}

export function minMs(histogram: LatencyHistogram): number {
  return histogram.totalCount === 0 ? 0 : toMs(histogram.minNonZeroValue);
}

export function meanMs(histogram: LatencyHistogram): number {
  return histogram.totalCount === 0 ? 0 : toMs(histogram.mean);
}

export function stdDevMs(histogram: LatencyHistogram): number {
  return histogram.totalCount === 0 ? 0 : toMs(histogram.stdDeviation);
}

/** Every distinct recorded value (its bucket's representative, in µs) with its count. */
function forEachRecorded(histogram: LatencyHistogram, visit: (valueUs: number, count: number) => void): void {
  const iterator = histogram.recordedValuesIterator;
  iterator.reset();
  while (iterator.hasNext()) {
    const step = iterator.next();
    visit(histogram.medianEquivalentValue(step.valueIteratedTo), step.countAtValueIteratedTo);
  }
}

/** Counts below, between and above two bounds in ms (Gatling's 800 / 1200 ms ranges). */
export function countRanges(histogram: LatencyHistogram, lowMs: number, highMs: number): { below: number; between: number; above: number } {
  const result = { below: 0, between: 0, above: 0 };
  forEachRecorded(histogram, (valueUs, count) => {
    const ms = valueUs / 1000;
    if (ms < lowMs) result.below += count;
    else if (ms < highMs) result.between += count;
    else result.above += count;
  });
  return result;
}

/**
 * The response-time distribution for a chart: equal-width bins from the fastest answer to the
 * 99.5th percentile, then one bin holding the slowest 0.5 % (so one straggler does not squash the
 * shape of the rest into a single bar).
 */
export function distributionBins(histogram: LatencyHistogram, binCount = 40): LatencyBin[] {
  if (histogram.totalCount === 0) return [];
  const lowUs = histogram.minNonZeroValue;
  const highUs = Math.max(histogram.getValueAtPercentile(99.5), lowUs + 1);
  const maxUs = histogram.maxValue;
  const width = niceWidth((highUs - lowUs) / binCount);
  const start = Math.floor(lowUs / width) * width;
  const mainCount = Math.max(1, Math.ceil((highUs + 1 - start) / width));
  const bins: LatencyBin[] = Array.from({ length: mainCount }, (_, i) => ({
    fromMs: toMs(start + i * width),
    toMs: toMs(start + (i + 1) * width),
    count: 0,
  }));
  const mainEnd = start + mainCount * width;
  const tail: LatencyBin = { fromMs: toMs(mainEnd), toMs: toMs(Math.max(maxUs, mainEnd) + 1), count: 0 };
  forEachRecorded(histogram, (valueUs, count) => {
    if (valueUs >= mainEnd) {
      tail.count += count;
      return;
    }
    const index = Math.min(mainCount - 1, Math.max(0, Math.floor((valueUs - start) / width)));
    bins[index]!.count += count;
  });
  return tail.count > 0 ? [...bins, tail] : bins;
}

/** Rounds a bin width (µs) up to 1, 2 or 5 times a power of ten so the axis reads well. */
function niceWidth(rawUs: number): number {
  if (rawUs <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(rawUs));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= rawUs) return step * power;
  }
  return 10 * power;
}
