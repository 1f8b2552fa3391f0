/**
 * The load engine's contract with a scenario: what a target is and what the engine asks of it.
 * The engine (lib/load) imports no scenario; each scenario exports objects of these shapes from
 * its entry module, and lib/scenarios.ts hands them to the engine. The info half is client-safe
 * data (the page lists it); the hooks run on the server.
 */
import type { BackendName } from '@/lib/db/backend-info';
import type { RunSettings } from '@/lib/load/run-settings';

export type Side = 'legacy' | 'modern';

/**
 * How the generator reads an outcome from each 2xx answer: one JSON field of the body, whose
 * values count towards named counters. Plain data, because it crosses into the generator process.
 * Any other value (or an unreadable body) counts as `unreadable`.
 */
export interface OutcomeReader {
  field: string;
  /** Body value -> counter name, e.g. { out_of_stock: 'outOfStock' }. */
  counters: Record<string, string>;
}

/** A target as the page and the run's record describe it. Client-safe: pure data. */
export interface TargetInfo {
  id: string;
  /** Targets of one scenario can meet in a showdown. */
  scenario: string;
  side: Side | null;
  label: string;
  /** The lean path, without the query string: the lean route and the generator read this one value. */
  path: string;
  /** Each request carries a different key in its query string. */
  keyed: boolean;
  /** The query a keyed request adds, as a reader sees it, e.g. "customerId=…&purchaseId=…". */
  query?: string;
  description: string;
  outcomes?: OutcomeReader;
  /** The backend that serves this target, so results can name its engine (and say when it is an emulator). */
  backend?: BackendName;
}

/** Both sides of a scenario's showdown, and which modern targets may stand in. */
export interface ShowdownPair {
  scenario: string;
  legacy: string;
  modern: string;
  modernChoices: readonly string[];
}

export type SeededSettings = RunSettings & { seed: number };

/** What the generator sends: one fixed path, or a list of paths walked in the seed's order. */
export type TargetRequest = { kind: 'static'; path: string } | { kind: 'paths'; paths: string[]; seed: number };

/**
 * Fields a target adds to its run's record (JSON), e.g. { keys: { count, seed } }. A target that
 * keeps books (the offer's stock) also reports after a run whether they balance, as `books`
 * (BooksNote): a sweep shows it at every level.
 */
export type RunNotes = Record<string, unknown>;

export interface BooksNote {
  books: { balanced: boolean; problems: string[]; recorded: number; initialStock: number | null };
}

export interface PreparedRun {
  request: TargetRequest;
  notes: RunNotes;
}

export interface LoadTarget<Shared = unknown> extends TargetInfo {
  /**
   * Work done once per run, or once for both sides of a showdown (so they walk the same keys).
   * Throws an AppError when the run cannot go (e.g. no data yet).
   */
  share?(): Promise<Shared>;
  /** The generator's request and the record's notes, before anything is sent. */
  prepare(shared: Shared, settings: SeededSettings): PreparedRun;
  /** Just before the first request (race mode: once for both sides), e.g. resetting the stock. */
  beforeRun?(settings: SeededSettings): Promise<void>;
  /** After the run (race mode: once, after both sides); what it returns is merged into the record's notes. */
  afterRun?(settings: SeededSettings): Promise<RunNotes>;
}
