/**
 * A sweep: both sides of a scenario through a list of levels, one history entry with its points.
 * Concurrency sweeps vary the connections (closed model, N seconds per level); data-size sweeps
 * vary the number of purchases and run the same lookup load at each. Client-safe.
 */
import type { Side } from '@/lib/load/load-target';
import type { RunStatus, RunSummary } from '@/lib/load/run-types';
import type { ThresholdVerdict } from '@/lib/load/thresholds/threshold-rules';
import type { Knee } from '@/lib/load/sweeps/find-knee';
import type { EngineStamp } from '@/lib/load/engine-stamp';
import type { BooksNote } from '@/lib/load/load-target';

type SweepKind = 'concurrency' | 'data-size';

export interface SweepSettings {
  kind: SweepKind;
  scenario: string;
  /** Connections (concurrency sweep) or purchases (data-size sweep), ascending. */
  levels: number[];
  secondsPerLevel: number;
  /** Data-size sweep: the connections of the lookup load at every size. */
  connections: number;
  legacyTargetId: string;
  modernTargetId: string;
  timeoutSeconds: number;
  /** Order sweeps: the stock each level starts from (reset before each side of each level). */
  stock: number;
  seed: number;
  thresholds: string[];
}

/** What a point keeps of its run: the headline figures, not the per-second rows or the distribution. */
export type PointSummary = Pick<RunSummary, 'totalTimeSeconds' | 'sent' | 'completed' | 'succeeded' | 'failed' | 'unfinished' | 'requestsPerSecond' | 'errors' | 'outcomes' | 'lateStarts' | 'generator'> & {
  latency: Pick<RunSummary['latency'], 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'mean'>;
};

/** The target's books after a level (BooksNote), for targets that keep them (the offer's stock). */
export type PointAudit = BooksNote['books'];

export interface SweepPoint {
  side: Side;
  targetId: string;
  level: number;
  status: RunStatus;
  startedAt: number;
  endedAt: number;
  summary: PointSummary | null;
  audit: PointAudit | null;
  /** Everything else the target noted after the level (e.g. the offer's full audit). */
  notes: Record<string, unknown> | null;
  thresholds: ThresholdVerdict | null;
  error: string | null;
}

type SweepStatus = 'running' | 'completed' | 'cancelled' | 'failed' | 'interrupted';

/** What a sweep is doing now: getting ready, resetting the offer's stock, running a level, auditing the books after it. */
export type SweepStep = 'preparing' | 'resetting' | 'running' | 'auditing';

interface SweepProgress {
  /** 0-based index into levels. */
  levelIndex: number;
  side: Side | null;
  step: SweepStep;
  /** The level's progress, 0..1 (for data-size sweeps also the preparation job's). */
  fraction: number | null;
  /** The level going now: its last second and its thresholds on the figures so far. */
  live: { second: number; rps: number; p95: number; thresholds: ThresholdVerdict | null } | null;
}

export interface SweepRecord {
  id: string;
  kind: SweepKind;
  scenario: string;
  legacyTargetId: string;
  modernTargetId: string;
  labels: Record<Side, string>;
  settings: SweepSettings;
  status: SweepStatus;
  progress: SweepProgress | null;
  points: SweepPoint[];
  knees: Record<Side, Knee | null>;
  /** All points' thresholds held (null when the sweep has no thresholds). */
  passed: boolean | null;
  /** The engines that served each side ("PostgreSQL 18.1", "dynalite 4.0.0 (DynamoDB emulator)"). */
  engines: Record<Side, EngineStamp> | null;
  startedAt: number;
  endedAt: number | null;
  error: string | null;
}

export type SweepListItem = Omit<SweepRecord, 'points'> & { pointCount: number };
