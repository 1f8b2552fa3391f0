import type { RunNotes } from '@/lib/load/load-target';
import type { RunBase, RunRecord } from '@/lib/load/run-types';

/**
 * A target's notes sit on its run's record beside the engine's fields (so an offer run's JSON
 * keeps its `offer`, a lookup run's its `keys`); the engine carries them without knowing them.
 */

// Every engine field, so whatever else a record holds is a target's note.
const engineFields: Record<keyof RunBase, true> = {
  id: true,
  targetId: true,
  scenario: true,
  side: true,
  label: true,
  request: true,
  status: true,
  startedAt: true,
  endedAt: true,
  settings: true,
  seconds: true,
  summary: true,
  error: true,
  showdown: true,
  thresholds: true,
  engine: true,
};

/** A target's notes on its run (e.g. the sampled keys, the audit), in the record's order; empty ones left out. */
export function runNotes(run: RunRecord): Array<[string, unknown]> {
  return Object.entries(run).filter(([name, value]) => !Object.hasOwn(engineFields, name) && value !== null && value !== undefined);
}

/** Puts a target's notes on its record; a note never replaces one of the engine's fields. */
export function setNotes(record: RunRecord, notes: RunNotes): void {
  for (const [name, value] of Object.entries(notes)) if (!Object.hasOwn(engineFields, name)) Object.assign(record, { [name]: value });
}

/** "outOfStock" -> "out of stock". */
export function counterWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** "outOfStock" -> "out_of_stock". */
export function counterColumn(name: string): string {
  return counterWords(name).replace(/ /g, '_');
}
