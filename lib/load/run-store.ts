import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';
import { runIdPattern } from '@/lib/load/api-schemas';
import type { RunRecord } from '@/lib/load/run-types';

/**
 * Run history: one JSON file per run under DATA_DIR/runs, never in the databases under test.
 * Loaded once per process; a run found "running" at load time was cut off by a restart and is
 * marked interrupted, so no run is ever left "running" with no one driving it.
 */

interface Store {
  dir: string;
  runs: Promise<Map<string, RunRecord>>;
  /** One write at a time per run, in order. */
  writes: Map<string, Promise<void>>;
}

const STORE = 'load-run-store';

function runsDir(): string {
  return path.resolve(getConfig().DATA_DIR, 'runs');
}

async function loadRuns(dir: string): Promise<Map<string, RunRecord>> {
  await mkdir(dir, { recursive: true });
  const runs = new Map<string, RunRecord>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    try {
      const record = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as RunRecord;
      if (!record || typeof record.id !== 'string' || !runIdPattern.test(record.id)) continue;
      if (record.status === 'running') {
        markInterrupted(record);
        await writeRecord(dir, record);
      }
      runs.set(record.id, record);
    } catch (error) {
      console.warn(`[load] skipped unreadable run file ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return runs;
}

export function markInterrupted(record: RunRecord, reason = 'The server stopped while this run was going; the seconds up to then were kept.'): void {
  record.status = 'interrupted';
  record.endedAt = record.seconds.at(-1)?.t ?? record.startedAt;
  record.error = reason;
}

function store(): Store {
  return processSingleton<Store>(STORE, () => {
    const dir = runsDir();
    return { dir, runs: loadRuns(dir), writes: new Map() };
  });
}

async function writeRecord(dir: string, record: RunRecord): Promise<void> {
  const file = path.join(dir, `${record.id}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  // rename is atomic: a crash mid-write leaves the previous version, never half a file.
  await rename(temporary, file);
}

/** Every run, newest first (with its per-second rows). */
export async function listRuns(): Promise<RunRecord[]> {
  const runs = await store().runs;
  return [...runs.values()].sort((a, b) => b.startedAt - a.startedAt);
}

export async function getRun(id: string): Promise<RunRecord | null> {
  if (!runIdPattern.test(id)) return null;
  return (await store().runs).get(id) ?? null;
}

/** Stores a run (kept in memory and written through to disk). */
export async function saveRun(record: RunRecord): Promise<void> {
  const { dir, runs, writes } = store();
  (await runs).set(record.id, record);
  const snapshot = structuredClone(record);
  const previous = writes.get(record.id) ?? Promise.resolve();
  const next = previous.then(() => writeRecord(dir, snapshot));
  writes.set(
    record.id,
    next.catch((error: unknown) => console.error(`[load] could not save run ${record.id}`, error)),
  );
  await next;
}

/** For shutdown: the process is about to exit, so the write cannot wait for the event loop. */
export function saveRunSync(record: RunRecord): void {
  const { dir } = store();
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${record.id}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify(record));
  renameSync(`${file}.tmp`, file);
}

/** Time-ordered, readable, and safe as a file name: "20261122-041800-k3f9". */
export function newRunId(prefix = ''): string {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${prefix}${stamp.slice(0, 8)}-${stamp.slice(8)}-${randomBytes(3).toString('hex')}`;
}

/** Tests: forget the loaded history so the next call reads DATA_DIR again (as a restart would). */
export function resetRunStoreForTests(): void {
  releaseProcessSingleton(STORE);
}

