import 'server-only';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/db/process-singleton';
import type { WalkthroughName } from '@/lib/walkthroughs/catalog';

/**
 * When each walkthrough (re)started: state from before it (an older staging build, a load run of
 * last week) does not count as a step done. Kept in the profile's data folder beside the run
 * history, so a restart, a reload and a second browser all see the same progress. The first look
 * at a walkthrough starts it.
 */

type Epochs = Partial<Record<WalkthroughName, number>>;

interface Holder {
  epochs: Promise<Epochs> | null;
  /** One write at a time, in order. */
  writing: Promise<void>;
}

const holder = () => processSingleton<Holder>('walkthrough-epochs', () => ({ epochs: null, writing: Promise.resolve() }));

const file = () => path.resolve(getConfig().DATA_DIR, 'walkthroughs.json');

async function load(): Promise<Epochs> {
  try {
    const parsed = JSON.parse(await readFile(file(), 'utf8')) as Record<string, unknown>;
    const epochs: Epochs = {};
    for (const name of ['purchase-lookup', 'limited-offer'] as const) {
      const value = parsed[name];
      if (typeof value === 'number' && Number.isFinite(value)) epochs[name] = value;
    }
    return epochs;
  } catch {
    return {};
  }
}

function epochs(): Promise<Epochs> {
  const state = holder();
  state.epochs ??= load();
  return state.epochs;
}

async function persist(all: Epochs): Promise<void> {
  const state = holder();
  const target = file();
  const snapshot = JSON.stringify(all);
  state.writing = state.writing.catch(() => undefined).then(async () => {
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, snapshot);
    // rename is atomic: a crash mid-write keeps the previous file.
    await rename(temporary, target);
  });
  await state.writing;
}

/** When the walkthrough started; the first call starts it now. */
export async function walkthroughStartedAt(name: WalkthroughName): Promise<number> {
  const all = await epochs();
  const known = all[name];
  if (known !== undefined) return known;
  const now = Date.now();
  all[name] = now;
  await persist(all);
  return now;
}

/** Starts the walkthrough again from now. */
export async function restartWalkthroughClock(name: WalkthroughName): Promise<number> {
  const all = await epochs();
  const now = Date.now();
  all[name] = now;
  await persist(all);
  return now;
}
