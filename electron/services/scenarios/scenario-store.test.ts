import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textsFoundIn } from '../../../tests/helpers/folder-scan';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { PLAN_FILE_NAME } from '../protection/data-folder';
import { startProtected } from '../protection/testing';
import { scenarioHandlers } from './handlers';
import { ScenarioStore } from './scenario-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-scenarios-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PASSPHRASE = 'harbour kestrel lamp violet';

async function start(protection: 'off' | 'on' = 'off') {
  const opened = await startProtected(dir);
  await opened.handlers['protection:choose'](protection === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: PASSPHRASE });
  await opened.store.replace(whatIfPlan(), 'Open plan');
  await opened.store.flush();
  const scenarios = new ScenarioStore(opened.store);
  return { ...opened, scenarios, ops: { ...opened.handlers, ...scenarioHandlers(scenarios, opened.store) } };
}

const planBytes = () => readFile(join(dir, PLAN_FILE_NAME));

describe('scenarios in the data folder', () => {
  it('are made from the working plan, listed with when and from which revision, and never write the plan', async () => {
    const { ops, store } = await start();
    const before = await planBytes();
    const made = await ops['scenario:create']({ name: 'If प्रिया leaves', note: 'Board asked' });
    expect(made.plan).toEqual(store.current());
    await ops['scenario:edit']({ id: made.scenario.id, edit: 'whatif:leave', input: { personId: 'P3', on: '2027-02-01' } });
    await ops['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: { host: { id: 'H3', name: 'Data Lab', domain: 'data', capacity: 1 } } });
    await store.flush();
    expect((await planBytes()).equals(before)).toBe(true);
    expect(store.current()!.people.find((p) => p.id === 'P3')!.archived).toBeUndefined();

    const list = await ops['scenario:list']({});
    expect(list).toEqual([{ id: made.scenario.id, name: 'If प्रिया leaves', note: 'Board asked', createdAt: made.scenario.createdAt, baseRevision: store.snapshot().revision, promotedAt: null }]);
    expect((await readdir(join(dir, 'scenarios'))).sort()).toEqual([`${made.scenario.id}.base.braid.json`, `${made.scenario.id}.braid.json`]);

    // A new start reads it back from disk.
    const again = new ScenarioStore(store);
    const read = await again.get(made.scenario.id);
    expect(read.plan.hosts.map((h) => h.id)).toEqual(['H1', 'H2', 'H3']);
    expect(read.plan.people.find((p) => p.id === 'P3')!.archived).toBe(true);
    expect('scenario' in read.plan).toBe(false);
  });

  it('undo and redo inside a scenario step through its own changes', async () => {
    const { ops } = await start();
    const { scenario } = await ops['scenario:create']({ name: 'Slip', note: '' });
    const edited = await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:slip', input: { rotationId: 'T2', months: 3 } });
    expect(edited.history.undoLabel).toBe('Rotation slips');
    const undone = await ops['scenario:undo']({ id: scenario.id });
    expect(undone.plan.rotations.find((r) => r.id === 'T2')!.start).toBe('2027-10-01');
    const redone = await ops['scenario:redo']({ id: scenario.id });
    expect(redone.plan.rotations.find((r) => r.id === 'T2')!.start).toBe('2028-01-01');
    await expect(ops['scenario:edit']({ id: scenario.id, edit: 'whatif:slip', input: { rotationId: 'T2', months: 0 } })).rejects.toThrow(/was not valid/);
  });

  it('compares with the plan: the leaver raises role-no-ready-successor on both roles', async () => {
    const { ops } = await start();
    const { scenario } = await ops['scenario:create']({ name: 'Leaver', note: '' });
    await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:leave', input: { personId: 'P3', on: '2027-02-01' } });
    const comparison = await ops['scenario:compare']({ id: scenario.id });
    expect(comparison.raised.filter((f) => f.code === 'role-no-ready-successor').map((f) => f.roleId)).toEqual(['R1', 'R2']);
    expect(comparison.cover.map((c) => c.title)).toEqual(['Chief Technology Officer', 'Head of Delivery']);
  });

  it('promote applies the changes as one undoable, audited step', async () => {
    const { ops, store, audit } = await start();
    const { scenario } = await ops['scenario:create']({ name: 'Leaver', note: '' });
    await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:leave', input: { personId: 'P3', on: '2027-02-01' } });
    const promoted = await ops['scenario:promote']({ id: scenario.id });
    expect(promoted.changedItems).toBeGreaterThan(0);
    expect(promoted.snapshot.history.undoLabel).toBe('Promote scenario “Leaver”');
    expect(store.current()!.people.find((p) => p.id === 'P3')!.archived).toBe(true);
    const { entries } = await audit.read();
    expect(entries.some((e) => e.action === 'Promote scenario “Leaver”')).toBe(true);
    expect((await ops['scenario:list']({}))[0].promotedAt).not.toBeNull();

    await store.undo();
    expect(store.current()).toEqual(whatIfPlan());
    // Undone, the scenario no longer says it was promoted; redone, it says so again.
    expect((await ops['scenario:list']({}))[0].promotedAt).toBeNull();
    await store.redo();
    expect((await ops['scenario:list']({}))[0].promotedAt).not.toBeNull();
  });

  it('promote is refused, naming the items, when the plan changed them otherwise; nothing is changed', async () => {
    const { ops, store } = await start();
    const { scenario } = await ops['scenario:create']({ name: 'Slip', note: '' });
    await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:slip', input: { rotationId: 'T2', months: 3 } });
    await store.edit('rotation:move', { rotationId: 'T2', start: '2027-11-01', end: '2028-04-30' });
    const before = store.current();
    const refusal = await ops['scenario:promote']({ id: scenario.id }).catch((error: Error & { details?: string[] }) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toContain('“Slip” was not promoted: since it was made, the plan changed an item the scenario changes too.');
    expect((refusal as { details: string[] }).details).toEqual(['Rotation T2 (王芳)']);
    expect(store.current()).toBe(before);
  });

  it('discard removes its files; restore brings it back', async () => {
    const { ops } = await start();
    const { scenario } = await ops['scenario:create']({ name: 'Throwaway', note: '' });
    expect(await ops['scenario:discard']({ id: scenario.id })).toEqual([]);
    expect(await readdir(join(dir, 'scenarios'))).toEqual([]);
    await expect(ops['scenario:get']({ id: scenario.id })).rejects.toThrow(/not in the data folder/);
    const back = await ops['scenario:restore']({ id: scenario.id });
    expect(back.map((s) => s.name)).toEqual(['Throwaway']);
  });

  it('with protection on, no scenario file holds a readable name', async () => {
    const { ops } = await start('on');
    const { scenario } = await ops['scenario:create']({ name: 'If Анна Петрова leaves', note: 'प्रिया शर्मा too' });
    await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:leave', input: { personId: 'P1', on: '2027-03-01' } });
    expect(await readdir(join(dir, 'scenarios'))).toHaveLength(2);
    expect(await textsFoundIn(join(dir, 'scenarios'), ['Анна Петрова', 'प्रिया शर्मा', 'Zoë Łukasiewicz', 'Chief Technology Officer'])).toEqual([]);
    expect((await ops['scenario:get']({ id: scenario.id })).scenario.note).toBe('प्रिया शर्मा too');
  });

  it('turning protection on afterwards encrypts the scenarios already made', async () => {
    const { ops } = await start('off');
    await ops['scenario:create']({ name: 'Before protection', note: '' });
    expect(await textsFoundIn(join(dir, 'scenarios'), ['Анна Петрова'])).toHaveLength(2);
    await ops['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    expect(await textsFoundIn(join(dir, 'scenarios'), ['Анна Петрова'])).toEqual([]);
  });

  it('erasing a person removes them from every scenario and its base', async () => {
    const { ops, scenarios } = await start('off');
    const { scenario } = await ops['scenario:create']({ name: 'Keep Oskar', note: '' });
    await ops['scenario:edit']({ id: scenario.id, edit: 'whatif:capacity', input: { hostId: 'H1', capacity: 3 } });
    await ops['person:erase']({ personId: 'P5' });
    scenarios.forgetHeld();
    expect(await textsFoundIn(join(dir, 'scenarios'), ['Oskar Berg'])).toEqual([]);
    const read = await ops['scenario:get']({ id: scenario.id });
    expect(read.plan.people.map((p) => p.id)).not.toContain('P5');
    expect(read.plan.hosts.find((h) => h.id === 'H1')!.capacity).toBe(3);
  });
});
