/**
 * The shapes the GetItem latency panel reads, shared by the server (lib/metrics), the route and
 * the client component. Types and constants only: safe in the browser bundle.
 */

export const LATENCY_WINDOWS = [15, 60, 180] as const;
export type LatencyWindowMinutes = (typeof LATENCY_WINDOWS)[number];

/** `minute` matches CloudWatch's 60 s periods; `second` is the live view (app-measured only). */
export type LatencyResolution = 'minute' | 'second';

/** The per-second view is served for the shortest window only: 900 points refreshed every second. */
export const SECOND_RESOLUTION_WINDOW: LatencyWindowMinutes = 15;

/** One period of DynamoDB-side GetItem latency. `t` is the epoch ms at the START of the period (CloudWatch's convention). */
export interface LatencyPoint {
  t: number;
  /** ms */
  average: number;
  /** ms */
  maximum: number;
  sampleCount: number;
}

/** Why a series has nothing (or not everything) to show; the panel prints `text` instead of an empty chart. */
type SeriesMessageReason = 'no_credentials' | 'credentials_rejected' | 'access_denied' | 'no_data' | 'unavailable';

export interface SeriesMessage {
  reason: SeriesMessageReason;
  text: string;
}

export interface GetItemLatencySeries {
  /** `cloudwatch`: AWS/DynamoDB SuccessfulRequestLatency; `app`: timed by this server around each GetItem. */
  source: 'cloudwatch' | 'app';
  label: string;
  periodSeconds: number;
  points: LatencyPoint[];
  message?: SeriesMessage;
}

/** One period of end-to-end lookup latency from load runs. `t` is the START of the period, as above. */
export interface EndToEndPoint {
  t: number;
  /** ms */
  p95: number;
  requests: number;
}

export interface EndToEndSeries {
  /** `modern`: lookup runs against lookup.dynamodb; `legacy`: lookup runs against the relational side. */
  side: 'modern' | 'legacy';
  label: string;
  periodSeconds: number;
  points: EndToEndPoint[];
  /** Set when there is nothing to overlay and why (no runs in the window, run store not available). */
  note?: string;
}

export interface GetItemLatencyReport {
  /** Chosen once from CLOUDWATCH_ENABLED. */
  mode: 'cloudwatch' | 'emulator';
  tableName: string;
  window: LatencyWindowMinutes;
  resolution: LatencyResolution;
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive (the end of the current, still open period). */
  to: number;
  generatedAt: number;
  /** How often the panel should ask again: 60 s for CloudWatch, faster for the app's own timings. */
  refreshSeconds: number;
  getItem: GetItemLatencySeries;
  endToEnd: EndToEndSeries;
  endToEndRelational: EndToEndSeries;
}
