/**
 * Follows a stage profile inside the generator. autocannon opens a fixed set of connections for
 * the whole run and cannot change them mid-run, so it opens as many as the profile's peak and
 * this pacer decides, request by request, which of them may send:
 * - connections shape: connection i sends only while i < target(t); the others stay open but
 *   idle (parked), so the server sees target(t) requests in flight;
 * - rate shape: arrivals are due where ∫ rate reaches each next whole number; a due arrival goes
 *   to an idle connection at once, or waits for the first one to free up and then counts its wait
 *   as latency (the same coordinated-omission correction as the fixed-rate open model).
 */
import { arrivalTime, meanTarget, shapeStart, targetAt, type LoadStage, type ShapeKind } from '@/lib/load/shapes/load-stages';
import type { ShapeSample } from '@/lib/load/run-types';

/** The parts of autocannon 9.0.0's per-connection Client the pacer uses (see drive-load.ts). */
export interface PacedClient {
  destroyed: boolean;
  timeout: number;
  timeoutTicker: { reschedule(ms?: number): void };
}

/** How often a connections shape re-reads its target and samples what is in flight. */
const TICK_MS = 20;

interface Slot {
  client: PacedClient;
  send: () => void;
  /** Rate shape: how late behind its due time the request now sent started (ms). */
  onLate: (lateMs: number) => void;
  index: number;
  busy: boolean;
  parked: boolean;
}

export class StagePacer {
  private readonly slots: Slot[] = [];
  private readonly idle: Slot[] = [];
  /** Rate shape: due times (ns) of arrivals that found every connection busy. */
  private readonly backlog: bigint[] = [];
  private nextArrival = 0;
  private nextDueNs: bigint | null;
  private timer: NodeJS.Timeout | undefined;
  private keepAlive: NodeJS.Timeout | undefined;
  private stopped = false;
  private inFlightSum = 0;
  private samples = 0;
  private dispatchedInWindow = 0;
  private readonly origin: number;

  constructor(
    private readonly kind: ShapeKind,
    private readonly stages: readonly LoadStage[],
    private readonly startNs: bigint,
    private readonly now: () => bigint = () => process.hrtime.bigint(),
  ) {
    this.origin = shapeStart(kind);
    this.nextDueNs = kind === 'rate' ? this.dueOf(0) : null;
  }

  private dueOf(n: number): bigint | null {
    const seconds = arrivalTime(this.stages, n, this.origin);
    return seconds === null ? null : this.startNs + BigInt(Math.round(seconds * 1e9));
  }

  private elapsedSeconds(): number {
    return Number(this.now() - this.startNs) / 1e9;
  }

  /** Takes over a connection's "send the next request"; returns the replacement for its _doRequest. */
  attach(client: PacedClient, send: () => void, onLate: (lateMs: number) => void): () => void {
    const slot: Slot = { client, send, onLate, index: this.slots.length, busy: false, parked: false };
    this.slots.push(slot);
    return () => this.ready(slot);
  }

  /** A connection is free: it has just connected, or its last request was answered or failed. */
  private ready(slot: Slot): void {
    slot.busy = false;
    if (this.stopped || slot.client.destroyed) return;
    if (this.kind === 'connections') {
      if (slot.index < Math.round(targetAt(this.stages, this.elapsedSeconds(), this.origin))) this.fire(slot);
      else this.park(slot);
      return;
    }
    const due = this.backlog.shift();
    if (due !== undefined) {
      slot.onLate(Math.max(0, Number(this.now() - due) / 1e6));
      this.fire(slot);
    } else this.park(slot);
  }

  private fire(slot: Slot): void {
    slot.parked = false;
    slot.busy = true;
    this.dispatchedInWindow += 1;
    slot.send();
  }

  private park(slot: Slot): void {
    if (slot.parked) return;
    slot.parked = true;
    this.idle.push(slot);
  }

  start(): void {
    if (this.kind === 'connections') this.timer = setInterval(() => this.tickConnections(), TICK_MS);
    else this.scheduleArrivals();
    // A parked connection sends nothing, so autocannon's per-connection timeout must not count its idle time.
    this.keepAlive = setInterval(() => {
      for (const slot of this.idle) if (slot.parked && !slot.client.destroyed) slot.client.timeoutTicker.reschedule(slot.client.timeout);
    }, 250);
  }

  private tickConnections(): void {
    if (this.stopped) return;
    const target = Math.round(targetAt(this.stages, this.elapsedSeconds(), this.origin));
    this.samples += 1;
    this.inFlightSum += this.slots.reduce((count, slot) => count + (slot.busy ? 1 : 0), 0);
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const slot = this.idle[i]!;
      if (!slot.parked || slot.client.destroyed) {
        this.idle.splice(i, 1);
        continue;
      }
      if (slot.index < target) {
        this.idle.splice(i, 1);
        slot.client.timeoutTicker.reschedule(slot.client.timeout);
        this.fire(slot);
      }
    }
  }

  private scheduleArrivals(): void {
    if (this.stopped || this.nextDueNs === null) return;
    const now = this.now();
    while (this.nextDueNs !== null && this.nextDueNs <= now) {
      const slot = this.takeIdle();
      if (slot) {
        // On time: the timer's own slack is the generator's, not the server's, so it is not counted.
        slot.onLate(0);
        slot.client.timeoutTicker.reschedule(slot.client.timeout);
        this.fire(slot);
      } else this.backlog.push(this.nextDueNs);
      this.nextArrival += 1;
      this.nextDueNs = this.dueOf(this.nextArrival);
    }
    if (this.nextDueNs === null) return;
    this.timer = setTimeout(() => this.scheduleArrivals(), Math.max(0, Number(this.nextDueNs - this.now()) / 1e6));
  }

  private takeIdle(): Slot | undefined {
    while (this.idle.length > 0) {
      const slot = this.idle.shift()!;
      if (slot.parked && !slot.client.destroyed) return slot;
    }
    return undefined;
  }

  /** The shape's target and what was achieved over the window [t0, t1] (seconds from the start). */
  sample(t0: number, t1: number): ShapeSample {
    const target = meanTarget(this.stages, t0, t1, this.origin);
    const span = Math.max(1e-3, t1 - t0);
    const achieved = this.kind === 'connections' ? (this.samples > 0 ? this.inFlightSum / this.samples : 0) : this.dispatchedInWindow / span;
    this.samples = 0;
    this.inFlightSum = 0;
    this.dispatchedInWindow = 0;
    return { kind: this.kind, target: round1(target), achieved: round1(achieved) };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.timer);
    clearInterval(this.keepAlive);
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;
