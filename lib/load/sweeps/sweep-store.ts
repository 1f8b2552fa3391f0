import 'server-only';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { processSingleton, releaseProcessSingleton } from '@/lib/db/process-singleton';
import { sweepIdPattern } from '@/lib/load/sweeps/sweep-settings';
import type { SweepRecord } from '@/lib/load/sweeps/sweep-types';

/**
 * Sweep history: one JSON file per sweep under DATA_DIR/sweeps, beside the runs. A sweep found
 * "running" at load time was cut off by a restart and is marked interrupted, its points kept.
 */

interface Store {
  dir: string;
  sweeps: Promise<Map<string, SweepRecord>>;
  writes: Map<string, Promise<void>>;
}

const STORE = 'load-sweep-store';

async function writeRecord(dir: string, record: SweepRecord): Promise<void> {
  const file = path.join(dir, `${record.id}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(record));
  await rename(temporary, file);
}

async function load(dir: string): Promise<Map<string, SweepRecord>> {
  await mkdir(dir, { recursive: true });
  const sweeps = new Map<string, SweepRecord>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.json')) continue;
    try {
      const record = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as SweepRecord;
      if (!record || typeof record.id !== 'string' || !sweepIdPattern.test(record.id)) continue;
      if (record.status === 'running') {
        record.status = 'interrupted';
        record.endedAt = record.points.at(-1)?.endedAt ?? record.startedAt;
        record.error = 'The server stopped during this sweep; the levels finished until then were kept.';
        record.progress = null;
        await writeRecord(dir, record);
      }
      sweeps.set(record.id, record);
    } catch (error) {
      console.warn(`[sweeps] skipped unreadable sweep file ${name}: ${error instanceof Error ? error.message : error}`);
    }
  }
  return sweeps;
}

function store(): Store {
  return processSingleton<Store>(STORE, () => {
    const dir = path.resolve(getConfig().DATA_DIR, 'sweeps');
    return { dir, sweeps: load(dir), writes: new Map() };
  });
}

export async function listSweeps(): Promise<SweepRecord[]> {
  return [...(await store().sweeps).values()].sort((a, b) => b.startedAt - a.startedAt);
}

export async function getSweep(id: string): Promise<SweepRecord | null> {
  if (!sweepIdPattern.test(id)) return null;
  return (await store().sweeps).get(id) ?? null;
}

/** Kept in memory and written through to disk, one write at a time per sweep. */
export async function saveSweep(record: SweepRecord): Promise<void> {
  const { dir, sweeps, writes } = store();
  (await sweeps).set(record.id, record);
  const snapshot = structuredClone(record);
  const next = (writes.get(record.id) ?? Promise.resolve()).then(() => writeRecord(dir, snapshot));
  writes.set(
    record.id,
    next.catch((error: unknown) => console.error(`[sweeps] could not save sweep ${record.id}`, error)),
  );
  await next;
}

export function resetSweepStoreForTests(): void {
  releaseProcessSingleton(STORE);
}
