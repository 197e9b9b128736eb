import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assessed, planWith } from '../../../shared/domain/testing/plan-builder';
import { filesUnder, textsFoundIn } from '../../../tests/helpers/folder-scan';
import { KEYRING_FILE_NAME } from './keyring';
import { PLAN_FILE_NAME } from './data-folder';
import { fakeKeystore, startProtected } from './testing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-protection-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PASSPHRASE = 'river otter lantern quay';
/** What must never be readable on disk while protection is on. */
const SECRETS = ['Zoë Łukasiewicz', 'Benedikt Ångström', 'Chief Quantum Officer', 'Head of Hyperloop Delivery', '"performance"', '"flightRisk"'];

const sensitivePlan = () =>
  planWith({
    people: [
      { id: 'zoe', name: 'Zoë Łukasiewicz', title: 'Chief Quantum Officer', performance: 5, flightRisk: 'high', assessments: [assessed('innovation', 3, '2026-03-01')] },
      { id: 'ben', name: 'Benedikt Ångström', title: 'Engineer', performance: 2 },
    ],
    rotations: [{ personId: 'zoe', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
    roles: [{ id: 'hod', title: 'Head of Hyperloop Delivery', successors: [{ personId: 'ben' }] }],
  });

/** A working session: a plan, edits in every audited area, undo, redo and a restore. */
async function workOnPlan(app: Awaited<ReturnType<typeof startProtected>>) {
  await app.store.replace(sensitivePlan(), 'Open plan');
  await app.store.edit('successor:nominate', { roleId: 'hod', personId: 'zoe', readiness: 'ready-now', emergency: true });
  await app.store.edit('assessment:add', { personId: 'ben', assessment: assessed('financial-acumen', 4, '2026-10-01', '360') });
  await app.store.edit('rotation:move', { rotationId: 'rot-1', start: '2027-02-01', end: '2027-07-31' });
  await app.store.undo();
  await app.store.redo();
  const [oldest] = (await app.store.backups.list()).slice(-1);
  await app.store.restoreBackup(oldest.id);
  await app.store.flush();
}

describe('first run', () => {
  it('asks before anything is stored, and refuses to store a plan until the user chooses', async () => {
    const app = await startProtected(dir);
    expect(app.protection.status()).toMatchObject({ state: 'setup', mode: null, keystore: 'unavailable' });
    await expect(app.store.replace(sensitivePlan(), 'Open plan')).rejects.toThrow(/locked/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a passphrase that is too short, and stays in setup', async () => {
    const app = await startProtected(dir);
    await expect(app.handlers['protection:choose']({ mode: 'passphrase', passphrase: 'short' })).rejects.toThrow(/at least 10 characters/);
    expect(app.protection.status().state).toBe('setup');
  });
});

describe('with a passphrase', () => {
  it('stores no readable byte of the plan, its backups or the audit log', async () => {
    const app = await startProtected(dir);
    const { recoveryKey } = await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^(\w{5}-){5}\w{5}$/);
    await workOnPlan(app);
    const files = await filesUnder(dir);
    expect(files.some((f) => f.path.endsWith('audit.jsonl'))).toBe(true);
    expect(files.filter((f) => f.path.includes('backups')).length).toBeGreaterThan(3);
    expect(await textsFoundIn(dir, SECRETS)).toEqual([]);
    // …and yet it all reads back, names included, through the app.
    const { entries } = await app.handlers['audit:list']({});
    expect(entries.some((e) => e.summary.includes('Zoë Łukasiewicz'))).toBe(true);
  });

  it('(the same session with protection off does store them readably: the scan can see)', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await workOnPlan(app);
    const found = await textsFoundIn(dir, SECRETS);
    expect(found.some((hit) => hit.includes('audit.jsonl'))).toBe(true);
    expect(found.some((hit) => hit.includes('backups'))).toBe(true);
    expect(found.some((hit) => hit.endsWith(`${PLAN_FILE_NAME}: Zoë Łukasiewicz`))).toBe(true);
  });

  it('is locked after a restart; a wrong passphrase says so and changes nothing on disk', async () => {
    const first = await startProtected(dir);
    await first.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await workOnPlan(first);
    const app = await startProtected(dir);
    expect(app.protection.status().state).toBe('locked');
    expect(app.store.current()).toBeNull();
    const before = await filesUnder(dir);
    await expect(app.handlers['protection:unlock']({ passphrase: 'river otter lantern quay!' })).rejects.toThrow('That passphrase is not right. Nothing was changed; try again.');
    expect(await filesUnder(dir)).toEqual(before);
    expect(await app.handlers['protection:unlock']({ passphrase: PASSPHRASE })).toMatchObject({ state: 'unlocked', mode: 'passphrase' });
    expect(app.store.current()?.people.map((p) => p.name)).toEqual(['Zoë Łukasiewicz', 'Benedikt Ångström']);
  });

  it('opens with the recovery key, which sets a new passphrase; the old passphrase stops working', async () => {
    const first = await startProtected(dir);
    const { recoveryKey } = await first.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await first.store.replace(sensitivePlan(), 'Open plan');
    await first.store.flush();

    const app = await startProtected(dir);
    await expect(app.handlers['protection:unlockWithRecovery']({ recoveryKey: '7K2QD-MX4PA-00000-11111-VVVVV-ABCDE', newPassphrase: 'a brand new passphrase' })).rejects.toThrow(/recovery key is not right/);
    await app.handlers['protection:unlockWithRecovery']({ recoveryKey: recoveryKey!.toLowerCase().replace(/-/g, ' '), newPassphrase: 'a brand new passphrase' });
    expect(app.store.current()?.people).toHaveLength(2);

    const again = await startProtected(dir);
    await expect(again.handlers['protection:unlock']({ passphrase: PASSPHRASE })).rejects.toThrow(/not right/);
    await again.handlers['protection:unlock']({ passphrase: 'a brand new passphrase' });
    expect(again.store.current()?.people).toHaveLength(2);
  });

  it('changes the passphrase only with the current one', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await expect(app.handlers['protection:changePassphrase']({ current: 'not the passphrase', next: 'another good passphrase' })).rejects.toThrow(/not right/);
    await app.handlers['protection:changePassphrase']({ current: PASSPHRASE, next: 'another good passphrase' });
    const again = await startProtected(dir);
    await again.handlers['protection:unlock']({ passphrase: 'another good passphrase' });
    expect(again.protection.status().state).toBe('unlocked');
  });

  it('turned off, rewrites every file in clear; turned on again, seals them all', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await workOnPlan(app);
    await expect(app.handlers['protection:disable']({})).rejects.toThrow(/Type your passphrase/);
    expect(await app.handlers['protection:disable']({ passphrase: PASSPHRASE })).toMatchObject({ state: 'off', mode: 'off' });
    expect(JSON.parse(await readFile(join(dir, PLAN_FILE_NAME), 'utf8')).people[0].name).toBe('Zoë Łukasiewicz');
    expect((await app.handlers['audit:list']({})).damaged).toBe(0);

    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: 'a second passphrase' });
    await app.store.edit('organization:update', { name: 'Sealed again' });
    await app.store.flush();
    expect(await textsFoundIn(dir, SECRETS)).toEqual([]);
    const { entries, damaged } = await app.handlers['audit:list']({});
    expect(damaged).toBe(0);
    expect(entries.map((e) => e.action)).toContain('Turn protection off');
  });

  it('finishes a switch that was interrupted half-way at the next unlock', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await app.store.replace(sensitivePlan(), 'Open plan');
    await app.store.flush();
    // As if the app died while sealing: one backup still clear, the mark still set.
    const [backup] = await app.store.backups.list();
    await writeFile(join(dir, 'backups', backup.id), JSON.stringify(sensitivePlan()));
    const keyring = JSON.parse(await readFile(join(dir, KEYRING_FILE_NAME), 'utf8'));
    await writeFile(join(dir, KEYRING_FILE_NAME), JSON.stringify({ ...keyring, recoding: 'on' }));

    const again = await startProtected(dir);
    await again.handlers['protection:unlock']({ passphrase: PASSPHRASE });
    expect(await textsFoundIn(dir, SECRETS)).toEqual([]);
    expect(JSON.parse(await readFile(join(dir, KEYRING_FILE_NAME), 'utf8')).recoding).toBeUndefined();
  });
});

describe('tampering', () => {
  async function protectedFolder() {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    await app.store.replace(sensitivePlan(), 'Open plan');
    await app.store.edit('organization:update', { name: 'Second revision' });
    await app.store.flush();
  }

  it('a changed byte in the plan file: refused as changed or damaged, kept aside, newest good backup offered', async () => {
    await protectedFolder();
    const stored = await readFile(join(dir, PLAN_FILE_NAME));
    stored[stored.length - 40] ^= 0x20;
    await writeFile(join(dir, PLAN_FILE_NAME), stored);
    const app = await startProtected(dir);
    await app.handlers['protection:unlock']({ passphrase: PASSPHRASE });
    const { problem, plan } = app.store.snapshot();
    expect(plan).toBeNull();
    expect(problem?.message).toMatch(/changed or is damaged/);
    expect((await readFile(problem!.keptAt)).equals(stored)).toBe(true);
    expect(problem?.backup).not.toBeNull();
  });

  it('a clear plan put in place of the encrypted one is refused, not silently accepted', async () => {
    await protectedFolder();
    await writeFile(join(dir, PLAN_FILE_NAME), JSON.stringify(planWith({ people: [{ id: 'mallory' }] })));
    const app = await startProtected(dir);
    await app.handlers['protection:unlock']({ passphrase: PASSPHRASE });
    expect(app.store.current()).toBeNull();
    expect(app.store.snapshot().problem?.errors.join(' ')).toMatch(/should be encrypted/);
  });

  it('a missing or damaged protection.json: says so and writes nothing', async () => {
    await protectedFolder();
    await rm(join(dir, KEYRING_FILE_NAME));
    const before = await filesUnder(dir);
    const app = await startProtected(dir);
    expect(app.protection.status()).toMatchObject({ state: 'damaged', message: expect.stringMatching(/protection.json is missing/) });
    await expect(app.store.edit('organization:update', { name: 'x' })).rejects.toThrow(/locked/);
    await writeFile(join(dir, KEYRING_FILE_NAME), '{"format":"braid-protection"');
    const after = await startProtected(dir);
    expect(after.protection.status().state).toBe('damaged');
    expect((await filesUnder(dir)).filter((f) => !f.path.endsWith(KEYRING_FILE_NAME))).toEqual(before);
  });
});

describe('the system keychain', () => {
  it('"os": protection is on from the first start without a question, and unlocks itself', async () => {
    const keystore = fakeKeystore('os');
    const app = await startProtected(dir, keystore.port);
    // No recovery key was made behind the user's back: the settings offer to make one.
    expect(app.protection.status()).toMatchObject({ state: 'unlocked', mode: 'keystore', keystore: 'os', recoveryKey: null });
    await app.store.replace(sensitivePlan(), 'Open plan');
    await app.store.flush();
    expect(await textsFoundIn(dir, SECRETS)).toEqual([]);
    const again = await startProtected(dir, keystore.port);
    expect(again.store.current()?.people).toHaveLength(2);
    expect(keystore.calls.decrypt).toBe(1);
  });

  it('"basic_text" (Linux without a keyring) is not trusted: the user is asked for a passphrase and the keystore is never used', async () => {
    const keystore = fakeKeystore('basic_text');
    const app = await startProtected(dir, keystore.port);
    expect(app.protection.status()).toMatchObject({ state: 'setup', keystore: 'basic_text' });
    await expect(app.handlers['protection:choose']({ mode: 'keystore' })).rejects.toThrow(/no system keychain/);
    await app.handlers['protection:choose']({ mode: 'passphrase', passphrase: PASSPHRASE });
    expect(keystore.calls).toEqual({ encrypt: 0, decrypt: 0 });
  });

  it('a keychain that stops answering leaves the plan locked, and the recovery key opens it', async () => {
    const working = fakeKeystore('os');
    const app = await startProtected(dir, working.port);
    const { recoveryKey } = await app.handlers['protection:recoveryKey']({});
    await app.store.replace(sensitivePlan(), 'Open plan');
    await app.store.flush();
    const broken = await startProtected(dir, fakeKeystore('os', { failDecrypt: true }).port);
    expect(broken.protection.status()).toMatchObject({ state: 'locked', message: expect.stringMatching(/recovery key/) });
    await broken.handlers['protection:unlockWithRecovery']({ recoveryKey: recoveryKey!, newPassphrase: 'now a passphrase instead' });
    expect(broken.protection.status()).toMatchObject({ state: 'unlocked', mode: 'passphrase' });
    expect(broken.store.current()?.people).toHaveLength(2);
  });
});
