import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { PlanStore, PLAN_FILE_NAME } from './plan-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async () => JSON.parse(await readFile(join(dir, PLAN_FILE_NAME), 'utf8'));
const backupNames = async () => (await readdir(join(dir, 'backups'))).sort();

async function storeWithPlan() {
  const store = new PlanStore(dir, 5);
  await store.open();
  await store.replace(planWith({ people: [{ id: 'ana' }, { id: 'ben' }] }), 'Start');
  return store;
}

describe('PlanStore', () => {
  it('starts empty on first run and writes nothing until a plan is made', async () => {
    const store = new PlanStore(dir);
    await store.open();
    expect(store.snapshot().plan).toBeNull();
    expect(await readdir(dir)).not.toContain(PLAN_FILE_NAME);
  });

  it('has an acknowledged edit on disk', async () => {
    const store = await storeWithPlan();
    await store.edit('organization:update', { name: 'Zoë & Co' });
    expect((await onDisk()).organization.name).toBe('Zoë & Co');
  });

  it('gathers a burst of edits into one write', async () => {
    const store = await storeWithPlan();
    const before = (await backupNames()).length;
    await Promise.all(['A', 'B', 'C', 'D', 'E'].map((name) => store.edit('organization:update', { name })));
    expect((await onDisk()).organization.name).toBe('E');
    expect((await backupNames()).length).toBe(before + 1);
  });

  it('refuses an edit that would break the plan and leaves the file untouched', async () => {
    const store = await storeWithPlan();
    const before = await readFile(join(dir, PLAN_FILE_NAME), 'utf8');
    const rotation = {
      id: 'r1', personId: 'nobody', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30',
      status: 'planned' as const, objectives: [], mentorId: null, cost: null, feedback: [],
    };
    await expect(store.edit('rotation:save', { rotation })).rejects.toThrow(/would make the plan invalid/);
    expect(await readFile(join(dir, PLAN_FILE_NAME), 'utf8')).toBe(before);
    expect(store.current()?.rotations).toHaveLength(0);
  });

  it('undoes and redoes whole revisions, and saves each', async () => {
    const store = await storeWithPlan();
    await store.edit('organization:update', { name: 'Renamed' });
    expect(store.snapshot().history.undoLabel).toBe('Edit organisation');
    await store.undo();
    expect((await onDisk()).organization.name).toBe('Test organisation');
    await store.redo();
    expect((await onDisk()).organization.name).toBe('Renamed');
  });

  it('keeps unknown fields through a load and a save', async () => {
    const plan = { ...planWith({ people: [{ id: 'ana' }] }), hrisExportId: 'WD-42' };
    plan.people[0] = { ...plan.people[0], costCentre: 'CC-7' } as (typeof plan.people)[0];
    await writeFile(join(dir, PLAN_FILE_NAME), JSON.stringify(plan));
    const store = new PlanStore(dir, 5);
    await store.open();
    await store.edit('organization:update', { name: 'Kept' });
    const saved = await onDisk();
    expect(saved.hrisExportId).toBe('WD-42');
    expect(saved.people[0].costCentre).toBe('CC-7');
  });

  it('moves an invalid stored plan aside, never overwrites it, and offers the newest valid backup', async () => {
    const store = await storeWithPlan();
    await store.edit('organization:update', { name: 'Good revision' });
    await store.flush();
    // Written in place, as an editor or a sync tool would: the backups must not change with it.
    await writeFile(join(dir, PLAN_FILE_NAME), '{ "format": "braid-plan", "version": 1, "organization": 3 }');

    const reopened = new PlanStore(dir, 5);
    await reopened.open();
    const { plan, problem } = reopened.snapshot();
    expect(plan).toBeNull();
    expect(problem?.errors.join('\n')).toMatch(/organization/);
    expect(await readFile(problem!.keptAt, 'utf8')).toContain('"organization": 3');
    expect(problem?.backup).not.toBeNull();
    const restored = await reopened.restoreBackup(problem!.backup!.id);
    expect(restored.plan?.organization.name).toBe('Good revision');
    expect(restored.problem).toBeNull();
  });

  it('keeps counting revisions across restarts', async () => {
    const store = await storeWithPlan();
    await store.edit('organization:update', { name: 'x' });
    const revision = store.snapshot().revision;
    const reopened = new PlanStore(dir, 5);
    await reopened.open();
    await reopened.edit('organization:update', { name: 'y' });
    expect(reopened.snapshot().revision).toBeGreaterThan(revision);
  });
});
