import { describe, expect, it } from 'vitest';
import { computeLookupProgress, type LookupReadings } from '@/lib/walkthroughs/lookup-progress';
import { fakeRun } from '@/lib/walkthroughs/test-runs';

const START = Date.parse('2026-12-01T10:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

const migrated: LookupReadings = {
  startedAt: START,
  counts: { customer: 50, product: 40, seller: 10, purchase: 200, purchases: 100, staging: 100 },
  dataset: { generatedAt: at(-60), stagingBuildId: 'b1', stagingBuiltAt: at(1) },
  checkpoint: { stagingBuildId: 'b1', rowsDone: 100, totalRows: 100, completed: true, updatedAt: at(2) },
  dynamodbItems: 100,
  running: null,
  stagingJob: null,
  migrateJob: null,
  runs: [],
  getItemDuring: () => ({ source: 'app', averageMs: 1.5, maximumMs: 4, samples: 100 }),
};

const doneOf = (readings: LookupReadings) => Object.fromEntries(computeLookupProgress(readings).steps.map((s) => [s.id, s.done]));

describe('computeLookupProgress', () => {
  it('has nothing done on an empty database', () => {
    const empty = { ...migrated, counts: { customer: 0, product: 0, seller: 0, purchase: 0, purchases: 0, staging: 0 }, dataset: null, checkpoint: null, dynamodbItems: null };
    expect(Object.values(doneOf(empty)).some(Boolean)).toBe(false);
  });

  it('counts staging and migration only when built in this walkthrough and complete', () => {
    expect(doneOf(migrated)).toMatchObject({ 'legacy-data': true, staging: true, migrate: true, 'legacy-load': false });
    const oldStaging = { ...migrated, dataset: { ...migrated.dataset!, stagingBuiltAt: at(-5) } };
    expect(doneOf(oldStaging)).toMatchObject({ 'legacy-data': true, staging: false, migrate: false });
  });

  it('does not call a migration done while DynamoDB holds a different number of items than staging', () => {
    expect(doneOf({ ...migrated, dynamodbItems: 99 }).migrate).toBe(false);
    expect(doneOf({ ...migrated, dynamodbItems: null }).migrate).toBe(false);
    expect(doneOf({ ...migrated, checkpoint: { ...migrated.checkpoint!, completed: false } }).migrate).toBe(false);
    expect(doneOf({ ...migrated, checkpoint: { ...migrated.checkpoint!, stagingBuildId: 'older' } }).migrate).toBe(false);
    expect(doneOf({ ...migrated, running: 'migrate' }).migrate).toBe(false);
  });

  it('takes the newest clean run of the right target on the current data', () => {
    const old = fakeRun({ targetId: 'lookup.relational', startedAt: START - 1_000 });
    const failed = fakeRun({ targetId: 'lookup.relational', startedAt: START + 5 * 60_000 }, { failed: 3, succeeded: 97 });
    expect(doneOf({ ...migrated, runs: [old] })['legacy-load']).toBe(false);
    expect(doneOf({ ...migrated, runs: [old, failed] })['legacy-load']).toBe(false);
    const good = fakeRun({ targetId: 'lookup.relational', startedAt: START + 6 * 60_000 }, { latency: { ...fakeRun({ targetId: 'ping', startedAt: 0 }).summary!.latency, p95: 42 } });
    const { steps, figures } = computeLookupProgress({ ...migrated, runs: [old, failed, good] });
    expect(steps.find((s) => s.id === 'legacy-load')?.done).toBe(true);
    expect(figures.legacyRun).toMatchObject({ id: good.id, p95: 42 });
  });

  it('counts a DynamoDB run only after the migration, and GetItem only with timed GetItems', () => {
    const before = fakeRun({ targetId: 'lookup.dynamodb', startedAt: START + 60_000 });
    expect(doneOf({ ...migrated, runs: [before] })['dynamodb-load']).toBe(false);
    const after = fakeRun({ targetId: 'lookup.dynamodb', startedAt: START + 3 * 60_000 });
    expect(doneOf({ ...migrated, runs: [after] })).toMatchObject({ 'dynamodb-load': true, getitem: true });
    const untimed = { ...migrated, runs: [after], getItemDuring: () => ({ source: 'app' as const, averageMs: null, maximumMs: null, samples: 0 }) };
    expect(doneOf(untimed)).toMatchObject({ 'dynamodb-load': true, getitem: false });
    expect(computeLookupProgress({ ...migrated, runs: [after] }).figures.getItem).toMatchObject({ runId: after.id, averageMs: 1.5, samples: 100, endToEndP95Ms: 9 });
  });

  it('calls the summary done only when every other step is', () => {
    const runs = [fakeRun({ targetId: 'lookup.relational', startedAt: START + 3 * 60_000 }), fakeRun({ targetId: 'lookup.dynamodb', startedAt: START + 4 * 60_000 })];
    expect(doneOf({ ...migrated, runs }).summary).toBe(true);
    expect(doneOf({ ...migrated, runs: runs.slice(0, 1) }).summary).toBe(false);
  });
});
