import { appendFile, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promises as fsPromises } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessed, planWith } from '../../shared/domain/testing/plan-builder';
import { textsFoundIn } from '../../tests/helpers/folder-scan';
import { readEverythingIgnoringTags } from '../../tests/helpers/decrypt-without-tag';
import { AUDIT_FILE_NAME, PLAN_FILE_NAME } from './protection/data-folder';
import { readKeyring, unwrapWithPassphrase } from './protection/keyring';
import { startProtected } from './protection/testing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-erasure-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NAME = 'Zoë Quintessa-Marlowe';
const OLD_NAME = 'Zoë Quintessa-Blackwood';
const PASSPHRASE = 'river otter lantern quay';

const plan = () =>
  planWith({
    people: [
      { id: 'zoe', name: OLD_NAME, assessments: [assessed('innovation', 3, '2026-01-05'), assessed('customer-success', 2, '2026-02-05')] },
      { id: 'ben', name: 'Ben Okafor', managerId: 'zoe' },
    ],
    rotations: [
      { personId: 'zoe', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' },
      {
        personId: 'ben',
        hostId: 'data-hub',
        start: '2027-01-01',
        end: '2027-06-30',
        mentorId: 'zoe',
        feedback: [
          { date: '2027-03-01', author: OLD_NAME, text: `Ben grew a lot; ${OLD_NAME} says so.` },
          { date: '2027-04-01', author: 'Ben Okafor', text: 'Took over the accounts of zoe (see zoe-2 and zoey).' },
        ],
      },
    ],
    roles: [
      { id: 'hod', title: 'Head of Delivery', incumbentId: 'zoe', successors: [{ personId: 'ben' }] },
      { id: 'cso', title: 'Chief Service Officer', successors: [{ personId: 'zoe', readiness: 'ready-now' }] },
    ],
  });

/** A plan worked on for a while: renamed, nominated, assessed, an unreadable plan kept aside and a backup restored. */
async function historyWithZoe(protection: 'off' | 'on') {
  const first = await startProtected(dir);
  await first.handlers['protection:choose'](protection === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: PASSPHRASE });
  await first.store.replace(plan(), 'Open plan');
  await first.store.edit('person:save', { person: { ...first.store.current()!.people[0], name: NAME } });
  await first.store.edit('successor:update', { roleId: 'cso', personId: 'zoe', emergency: true });
  await first.store.edit('assessment:add', { personId: 'zoe', assessment: assessed('financial-acumen', 4, '2026-09-01') });
  await first.store.flush();
  // A line of the audit log nobody can trust (hand-edited), and a plan that could not be
  // opened, kept aside: both have her name in them too.
  await appendFile(join(dir, AUDIT_FILE_NAME), `{"summary":"note about ${NAME}"}\n`);
  await writeFile(join(dir, PLAN_FILE_NAME), `{"format":"braid-plan","version":1,"people":[{"id":"zoe","name":"${NAME}"`);
  const app = await startProtected(dir);
  if (protection === 'on') await app.handlers['protection:unlock']({ passphrase: PASSPHRASE });
  const { problem } = app.store.snapshot();
  expect(problem?.backup).toBeTruthy();
  await app.store.restoreBackup(problem!.backup!.id);
  await app.store.flush();
  // A what-if scenario beside the plan (encrypted like it), preferences an earlier version
  // wrote with a recent file named after her, and an import mapping with her name as a value.
  await mkdir(join(dir, 'scenarios'));
  await writeFile(join(dir, 'scenarios', 'if-zoe-leaves.braid.json'), app.store.codec.sealText(JSON.stringify(app.store.current()), 'plan'));
  await writeFile(join(dir, 'preferences.json'), JSON.stringify({ preferences: { theme: 'dark', recentFiles: [`/home/hr/${NAME} review.braid.json`] } }));
  await writeFile(
    join(dir, 'import-mappings.json'),
    JSON.stringify({ format: 'braid-import-mappings', mappings: [{ name: 'HR', mapping: { values: { managerId: { [NAME]: 'zoe' } } } }] }),
  );
  return app;
}

async function dataKeyOf(passphrase: string) {
  const reading = await readKeyring(dir);
  if (reading.kind !== 'ok') throw new Error('no keyring');
  return (await unwrapWithPassphrase(reading.keyring, passphrase, 10)).key;
}

describe.each(['off', 'on'] as const)('erasing a person with protection %s', (protection) => {
  it('lists exactly what will go before anything happens', async () => {
    const app = await historyWithZoe(protection);
    const preview = await app.handlers['person:erasePreview']({ personId: 'zoe' });
    expect(preview).toMatchObject({
      name: NAME,
      rotations: 1,
      mentoring: 1,
      nominations: 1,
      assessments: 3,
      reports: 1,
      incumbentOf: 1,
      keptAside: 1,
      scenarios: 1,
      unreadable: [],
    });
    expect(preview.backups).toBeGreaterThanOrEqual(4);
    expect(preview.auditEntries).toBe(2); // emergency cover and the new assessment
    expect(preview.undoSteps).toBe(1);
  });

  it('leaves no byte of any of her names in any file of the data folder, and undo cannot bring her back', async () => {
    const app = await historyWithZoe(protection);
    expect(protection === 'on' || (await textsFoundIn(dir, [NAME, OLD_NAME])).length > 0).toBe(true);

    const erased = await app.handlers['person:erase']({ personId: 'zoe' });
    expect(erased.erasure).toMatchObject({ marker: 'Erased person #1', complete: true, deleted: [], remaining: [] });
    expect(erased.erasure.backupsRewritten).toBeGreaterThanOrEqual(4);
    expect(erased.erasure.keptAsideRewritten).toBe(1);

    expect(await textsFoundIn(dir, [NAME, OLD_NAME])).toEqual([]);
    expect(app.store.snapshot().history).toMatchObject({ canUndo: false, canRedo: false });
    await expect(app.store.undo()).rejects.toThrow(/nothing to undo/);

    // Every reference went with her.
    const plan = app.store.current()!;
    expect(plan.people.map((p) => p.id)).toEqual(['ben']);
    expect(plan.people[0].managerId).toBeNull();
    expect(plan.rotations.map((r) => [r.personId, r.mentorId])).toEqual([['ben', null]]);
    expect(plan.rotations[0].feedback[0]).toMatchObject({ author: 'Erased person #1', text: 'Ben grew a lot; Erased person #1 says so.' });
    // Her id in someone else's note goes too; other words that merely contain it stay.
    expect(plan.rotations[0].feedback[1].text).toBe('Took over the accounts of Erased person #1 (see zoe-2 and zoey).');
    expect(erased.erasure.scenariosRewritten).toBe(1);
    expect(plan.roles.map((r) => [r.incumbentId, r.successors.map((s) => s.personId)])).toEqual([[null, ['ben']], [null, []]]);

    // The audit trail keeps that things happened, not to whom.
    const { entries } = await app.handlers['audit:list']({});
    expect(entries[0]).toMatchObject({ area: 'erasure', summary: expect.stringContaining('Erased person #1') });
    expect(entries.filter((e) => e.summary === 'Erased person #1').length).toBe(2);
    expect(entries.some((e) => e.personIds.includes('zoe'))).toBe(false);
    expect((await app.handlers['audit:list']({})).damaged).toBe(1);
  });

  it('keeps it so after a restart, and numbers the next erasure #2', async () => {
    const app = await historyWithZoe(protection);
    await app.handlers['person:erase']({ personId: 'zoe' });
    const again = await startProtected(dir);
    if (protection === 'on') await again.handlers['protection:unlock']({ passphrase: PASSPHRASE });
    expect(again.store.current()?.people.map((p) => p.id)).toEqual(['ben']);
    for (const backup of await again.store.backups.list()) {
      expect(await again.store.backups.read(backup.id)).not.toContain('"zoe"');
    }
    const erased = await again.handlers['person:erase']({ personId: 'ben' });
    expect(erased.erasure.marker).toBe('Erased person #2');
    expect(await textsFoundIn(dir, [NAME, OLD_NAME, 'Ben Okafor'])).toEqual([]);
  });
});

describe('erasure spares everyone else', () => {
  it('keeps another person whose name contains the erased one, in their record and in free text', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await app.store.replace(
      planWith({
        people: [{ id: 'li', name: 'Ana Li' }, { id: 'chen', name: 'Ana Li Chen' }],
        rotations: [{ personId: 'chen', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30', feedback: [{ date: '2027-02-01', author: 'Ana Li', text: 'Ana Li Chen led it; Ana Li coached.' }] }],
      }),
      'Open plan',
    );
    await app.handlers['person:erase']({ personId: 'li' });
    const plan = app.store.current()!;
    expect(plan.people.map((p) => p.name)).toEqual(['Ana Li Chen']);
    expect(plan.rotations[0].feedback[0]).toMatchObject({ author: 'Erased person #1', text: 'Ana Li Chen led it; Erased person #1 coached.' });
  });
});

describe('erasure refuses', () => {
  it('a person who is not in the plan, changing nothing', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await app.store.replace(plan(), 'Open plan');
    await app.store.flush();
    const before = await readdir(join(dir, 'backups'));
    await expect(app.handlers['person:erase']({ personId: 'nobody' })).rejects.toThrow(/not in the plan; nothing was erased/);
    expect(await readdir(join(dir, 'backups'))).toEqual(before);
  });
});

describe('erasure with a file Braid cannot read', () => {
  /** Her plan kept aside, encrypted, with one byte of its tag changed: Braid can no longer open it. */
  async function withDamagedKeptAside() {
    const app = await historyWithZoe('on');
    const [newest] = await app.store.backups.list();
    const damaged = 'plan.unreadable-2026-11-30T09-00-00-000Z.braid.json';
    await copyFile(join(dir, 'backups', newest.id), join(dir, damaged));
    const bytes = await readFile(join(dir, damaged));
    bytes[bytes.length - 1] ^= 0x01;
    await writeFile(join(dir, damaged), bytes);
    return { app, damaged };
  }

  it('names it in the preview and erases nothing until the user confirms deleting it', async () => {
    const { app, damaged } = await withDamagedKeptAside();
    const preview = await app.handlers['person:erasePreview']({ personId: 'zoe' });
    expect(preview.unreadable).toEqual([{ file: damaged, detail: expect.stringMatching(/changed or is damaged/) }]);

    await expect(app.handlers['person:erase']({ personId: 'zoe' })).rejects.toThrow(new RegExp(`could not read.*${damaged.replace(/\./g, '\\.')}.*nothing was erased`, 's'));
    expect(app.store.current()?.people.map((p) => p.id)).toContain('zoe');
    expect(await readdir(dir)).toContain(damaged);
  });

  it('deletes it once confirmed, and decrypting every file with the data key, tag unchecked, finds nothing of her', async () => {
    const { app, damaged } = await withDamagedKeptAside();
    const key = await dataKeyOf(PASSPHRASE);
    const before = await readEverythingIgnoringTags(dir, key);
    expect(before.filter((f) => f.text.includes(NAME)).map((f) => f.path)).toEqual(expect.arrayContaining([join(dir, damaged), join(dir, 'scenarios', 'if-zoe-leaves.braid.json')]));

    const erased = await app.handlers['person:erase']({ personId: 'zoe', deleteUnreadable: [damaged] });
    expect(erased.erasure).toMatchObject({ complete: true, deleted: [damaged], remaining: [] });
    expect(await readdir(dir)).not.toContain(damaged);

    const after = await readEverythingIgnoringTags(dir, key);
    const traces = after.filter((f) => [NAME, OLD_NAME, '"zoe"'].some((t) => f.text.includes(t))).map((f) => f.path);
    expect(traces).toEqual([]);
  });

  it('names audit entries it cannot read, and drops them once confirmed', async () => {
    const app = await historyWithZoe('on');
    const log = await readFile(join(dir, AUDIT_FILE_NAME), 'utf8');
    const sealedLine = log.split('\n').find((line) => line && !line.startsWith('{'))!;
    const broken = Buffer.from(sealedLine, 'base64');
    broken[broken.length - 1] ^= 0x01;
    await appendFile(join(dir, AUDIT_FILE_NAME), `${broken.toString('base64')}\n`);

    const preview = await app.handlers['person:erasePreview']({ personId: 'zoe' });
    expect(preview.unreadable).toEqual([{ file: AUDIT_FILE_NAME, detail: '1 audit entry that cannot be read' }]);
    await expect(app.handlers['person:erase']({ personId: 'zoe' })).rejects.toThrow(/audit\.jsonl/);
    const erased = await app.handlers['person:erase']({ personId: 'zoe', deleteUnreadable: [AUDIT_FILE_NAME] });
    expect(erased.erasure).toMatchObject({ complete: true, deleted: [AUDIT_FILE_NAME] });
    expect((await app.handlers['audit:list']({})).damaged).toBe(1); // the hand-edited clear line, scrubbed of her name
    const after = await readEverythingIgnoringTags(dir, await dataKeyOf(PASSPHRASE));
    expect(after.filter((f) => f.text.includes(NAME)).map((f) => f.path)).toEqual([]);
  });

  it('names a file it has no permission to read', async () => {
    const app = await historyWithZoe('off');
    const [newest] = await app.store.backups.list();
    const realRead = fsPromises.readFile;
    vi.spyOn(fsPromises, 'readFile').mockImplementation(((path: string, ...rest: unknown[]) =>
      String(path).endsWith(newest.id)
        ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' }))
        : (realRead as (...args: unknown[]) => Promise<unknown>)(path, ...rest)) as typeof fsPromises.readFile);
    try {
      const preview = await app.handlers['person:erasePreview']({ personId: 'zoe' });
      expect(preview.unreadable).toEqual([{ file: `backups/${newest.id}`, detail: expect.stringMatching(/permission/) }]);
      await expect(app.handlers['person:erase']({ personId: 'zoe' })).rejects.toThrow(/nothing was erased/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('erasure in a plan with talent reviews and backfills', () => {
  it('takes the person out of review moves, review scopes and backfills, and the plan stays valid', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await app.store.replace(
      planWith({
        people: [{ id: 'zoe', name: NAME }, { id: 'ben', name: 'Ben Okafor', managerId: 'zoe' }, { id: 'cy', name: 'Cy Ames' }],
        rotations: [{ personId: 'ben', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30', backfillId: 'zoe' }],
        roles: [{ id: 'cso', successors: [{ personId: 'ben' }] }],
        reviews: [
          {
            id: 'rev1',
            date: '2027-01-15',
            title: `Line of ${NAME}`,
            scope: { kind: 'manager', personId: 'zoe' },
            participants: [NAME, 'Cy Ames'],
            status: 'draft',
            moves: [
              { personId: 'zoe', field: 'potential', from: 'medium', to: 'high', reason: 'Led the merger.' },
              { personId: 'ben', field: 'performance', from: 3, to: 4, reason: 'Covered for zoe all spring.' },
            ],
          },
        ],
      } as never),
      'Open plan',
    );
    await app.handlers['person:erase']({ personId: 'zoe' });
    const plan = app.store.current()!;
    expect(plan.rotations[0].backfillId).toBeNull();
    const review = plan.reviews![0];
    expect(review.scope).toEqual({ kind: 'all' });
    expect(review.moves.map((m) => m.personId)).toEqual(['ben']);
    expect(review.moves[0].reason).toBe('Covered for Erased person #1 all spring.');
    expect(review.participants).toEqual(['Erased person #1', 'Cy Ames']);
    expect(review.title).toBe('Line of Erased person #1');
    expect(await textsFoundIn(dir, [NAME])).toEqual([]);
  });
});
