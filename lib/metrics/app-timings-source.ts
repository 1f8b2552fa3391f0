import 'server-only';
import { readGetItemPoints } from '@/lib/metrics/getitem-timings';
import type { GetItemLatencySeries, LatencyResolution } from '@/lib/metrics/latency-series';

const APP_LABEL_EMULATOR = 'Measured by the app around each GetItem (emulator; not CloudWatch)';
const APP_LABEL_AWS = 'Measured by the app around each GetItem (round trip to DynamoDB; CloudWatch reports per minute only)';

export interface AppTimingsReadOptions {
  from: number;
  to: number;
  resolution: LatencyResolution;
  /** The window the range was cut for, as the user chose it (for the message). */
  windowMinutes: number;
  /** Where the GetItems went: the label must say the app timed them, not CloudWatch. */
  against: 'emulator' | 'aws';
}

/** The server's own GetItem timings (lib/metrics/getitem-timings.ts) in the CloudWatch series shape. */
export function readAppGetItem({ from, to, resolution, windowMinutes, against }: AppTimingsReadOptions): GetItemLatencySeries {
  const periodSeconds = resolution === 'minute' ? 60 : 1;
  const points = readGetItemPoints(from, to, periodSeconds * 1000);
  const series: GetItemLatencySeries = {
    source: 'app',
    label: against === 'emulator' ? APP_LABEL_EMULATOR : APP_LABEL_AWS,
    periodSeconds,
    points,
  };
  if (points.length === 0) {
    series.message = {
      reason: 'no_data',
      text: `No GetItem has been timed by this server in the last ${windowMinutes} minutes yet. Run a purchase lookup against DynamoDB and the points appear here.`,
    };
  }
  return series;
}
