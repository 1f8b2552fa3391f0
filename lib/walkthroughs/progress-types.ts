/**
 * What GET /api/walkthroughs/<name> answers: every step's completion, computed on the server from
 * the real state (row counts, DynamoDB items, the migration checkpoint, run history, the offer's
 * books), and the attendee's own figures. Client-safe: types only.
 */
import type { LookupStepId, OfferStepId } from '@/lib/walkthroughs/catalog';

export interface StepState<Id extends string> {
  id: Id;
  done: boolean;
}

/** A load run as a step shows it. Times in ms, latencies in ms. */
export interface RunFigures {
  id: string;
  targetId: string;
  status: string;
  startedAt: number;
  endedAt: number | null;
  connections: number;
  amount: number | null;
  durationSeconds: number | null;
  completed: number;
  succeeded: number;
  failed: number;
  totalSeconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface OrderRunFigures extends RunFigures {
  stock: number | null;
  ordered: number;
  outOfStock: number;
  oversold: number;
  /** The audit taken right after the run (null when it could not be read). */
  audit: AuditFigures | null;
}

export interface AuditFigures {
  initialStock: number | null;
  remainingInTable: number | null;
  remainingInRedis: number | null;
  ordersRecorded: number;
  ordersByPath: { legacy: number; redis: number; naive: number };
  unitsOversold: number;
  balanced: boolean;
}

export interface WalkthroughEnv {
  relationalEngine: 'postgres' | 'oracle';
  /** DynamoDB is an emulator (dynalite, DynamoDB Local), not AWS. */
  dynamodbEmulator: boolean;
  /** Where GetItem latency comes from: the app's own timings or CloudWatch. */
  getItemSource: 'emulator' | 'cloudwatch';
  lookupTable: string;
  stockKey: string;
  paymentDelayMs: number;
  defaultPaymentDelayMs: number;
}

export interface Busy {
  lookupJob: 'generate' | 'staging' | 'migrate' | null;
  /** The id of the load run (or showdown) going now. */
  loadRun: string | null;
  burst: boolean;
}

export interface LookupFigures {
  data: { customers: number; products: number; sellers: number; purchaseLines: number; purchases: number; generatedAt: string | null } | null;
  staging: { rows: number; purchases: number; builtAt: string | null; builtInThisWalkthrough: boolean; ms: number | null } | null;
  migration: {
    rowsDone: number;
    totalRows: number;
    completed: boolean;
    /** Items in the DynamoDB table, counted (null while counting). */
    items: number | null;
    ms: number | null;
    rowsPerSecond: number | null;
    concurrency: number | null;
    validation: { passed: boolean; sourceCount: number; targetCount: number; sampled: number; mismatchCount: number } | null;
  } | null;
  legacyRun: RunFigures | null;
  dynamodbRun: RunFigures | null;
  getItem: {
    runId: string;
    source: 'app' | 'cloudwatch';
    averageMs: number | null;
    maximumMs: number | null;
    samples: number;
    endToEndP95Ms: number;
  } | null;
}

export interface OfferFigures {
  reset: { initialStock: number | null; resetAt: string | null; sinceWalkthroughStart: boolean };
  audit: (AuditFigures & { problems: string[]; checkedAt: string }) | null;
  auditError: string | null;
  legacyRun: OrderRunFigures | null;
  redisRun: OrderRunFigures | null;
  naiveRun: OrderRunFigures | null;
  race: {
    id: string;
    status: string;
    requests: number;
    concurrency: number;
    counts: { ordered: number; out_of_stock: number; oversold: number; failed: number };
    initialStock: number | null;
    unitsOversold: number | null;
  } | null;
}

interface ProgressBase {
  /** Epoch ms when this walkthrough (re)started: state from before it does not count. */
  startedAt: number;
  checkedAt: string;
  busy: Busy;
  env: WalkthroughEnv;
}

export interface LookupProgress extends ProgressBase {
  name: 'purchase-lookup';
  steps: StepState<LookupStepId>[];
  figures: LookupFigures;
}

export interface OfferProgress extends ProgressBase {
  name: 'limited-offer';
  steps: StepState<OfferStepId>[];
  figures: OfferFigures;
}

export type WalkthroughProgress = LookupProgress | OfferProgress;
