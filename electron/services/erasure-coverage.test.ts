import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditChange } from '../../shared/domain/audit/types';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { filesUnder } from '../../tests/helpers/folder-scan';
import { readEverythingIgnoringTags } from '../../tests/helpers/decrypt-without-tag';
import { readKeyring, unwrapWithPassphrase } from './protection/keyring';
import { startProtected } from './protection/testing';
import { ScenarioStore } from './scenarios/scenario-store';

/**
 * The attacker's view after an erasure: every file of the data folder, decrypted with the
 * data key and the integrity tag skipped, searched for the person's id, name and e-mail.
 */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-erasure-cover-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ID = 'P010';
const NAME = 'Zoë Quintessa-Marlowe';
const EMAIL = 'zoe.qm@northwind.example';
const PASSPHRASE = 'river otter lantern quay';

/** Zoë, and people who wrote about her in fields Braid does not know: a buddy, a comment, a note with her e-mail. */
const planWithZoe = () =>
  planWith({
    people: [
      { id: ID, name: NAME, email: EMAIL, hris: { workEmail: EMAIL } } as never,
      { id: 'B001', name: 'Ben Okafor', managerId: ID, buddyId: ID, comment: `${ID} is my mentor`, contact: `ask ${EMAIL}` } as never,
      { id: 'C002', name: 'Cy Ames', notesByPerson: { [ID]: 'strong partner' } } as never,
    ],
    rotations: [{ personId: 'B001', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30', mentorId: ID }],
    roles: [{ id: 'cso', title: 'Chief Service Officer', incumbentId: ID, successors: [{ personId: 'B001' }] }],
  });

/** A data folder with Zoë in every kind of file Braid keeps. */
async function folderWithZoe(protection: 'off' | 'on') {
  const app = await startProtected(dir);
  await app.handlers['protection:choose'](protection === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: PASSPHRASE });
  await app.store.replace(planWithZoe(), 'Open plan');
  await app.store.edit('organization:update', { name: 'Northwind' });
  await app.store.flush();
  // The audit trail with her in an action text and in a review's reason about someone else.
  await app.audit.append([
    auditChange({ area: 'plan', action: `Promote scenario "If ${NAME} leaves"`, summary: 'Scenario promoted' }),
    auditChange({ area: 'rating', action: 'Sign off review', summary: 'Ben Okafor: performance 3 → 4', personIds: ['B001'], reason: `Covered for ${ID} (${EMAIL}) all spring.` }),
  ]);
  // A scenario named after her, and one made before: both hold the whole plan.
  const scenarios = new ScenarioStore(app.store);
  await scenarios.create(`If ${ID} leaves`, `What if ${NAME} goes?`);
  await scenarios.create('Spring plan', '');
  // A scenario save cut off by a crash: a torn temp file of another process, in clear.
  const torn = JSON.stringify({ format: 'braid-plan', people: app.store.current()!.people }).slice(0, 400);
  await writeFile(join(dir, 'scenarios', '.sc-torn0001.braid.json.tmp-999999-0a1b2c3d'), torn);
  // Saved import mappings: her name as a value, and a duplicates decision keyed by her id.
  await writeFile(
    join(dir, 'import-mappings.json'),
    JSON.stringify({ format: 'braid-import-mappings', mappings: [{ name: 'HR', mapping: { values: { managerId: { [NAME]: ID } }, duplicates: { [ID]: 'update', N7: 'add' } } }] }),
  );
  await mkdir(join(dir, 'backups'), { recursive: true });
  return app;
}

async function dataKey(passphrase = PASSPHRASE) {
  const reading = await readKeyring(dir);
  if (reading.kind !== 'ok') throw new Error('no keyring');
  return (await unwrapWithPassphrase(reading.keyring, passphrase, 10)).key;
}

/** Where the attacker finds her: "file: needle" for every hit. */
async function tracesOf(folder: string, key: Uint8Array | null, needles = [ID, NAME, EMAIL]): Promise<string[]> {
  const files = key ? await readEverythingIgnoringTags(folder, key) : (await filesUnder(folder)).map(({ path, bytes }) => ({ path, text: bytes.toString('utf8') }));
  const spellings = needles.flatMap((n) => [n, JSON.stringify(n).slice(1, -1), n.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]);
  return files.flatMap(({ path, text }) => [...new Set(spellings.filter((s) => text.includes(s)))].map((s) => `${path.slice(folder.length + 1)}: ${s}`));
}

describe.each(['off', 'on'] as const)('after an erasure with protection %s, every file decrypted', (protection) => {
  it('holds neither her id, nor her name, nor her e-mail', async () => {
    const app = await folderWithZoe(protection);
    const key = protection === 'on' ? await dataKey() : null;
    const before = await tracesOf(dir, key);
    // She is everywhere to begin with: the test can see each kind of file.
    for (const file of ['plan.braid.json', 'audit.jsonl', 'import-mappings.json', 'scenarios/.sc-torn0001']) {
      expect(before.some((hit) => hit.startsWith(file)), file).toBe(true);
    }

    const erased = await app.handlers['person:erase']({ personId: ID });
    expect(erased.erasure).toMatchObject({ complete: true, remaining: [] });
    expect(await tracesOf(dir, key)).toEqual([]);

    // Everyone else stays, with what they wrote, without her.
    const plan = app.store.current()!;
    const ben = plan.people.find((p) => p.id === 'B001') as unknown as Record<string, unknown>;
    expect(ben).toMatchObject({ name: 'Ben Okafor', managerId: null, buddyId: 'Erased person #1', comment: 'Erased person #1 is my mentor', contact: 'ask Erased person #1' });
    const cy = plan.people.find((p) => p.id === 'C002') as unknown as Record<string, unknown>;
    expect(cy.notesByPerson).toEqual({});
    // The scenario keeps its place under a name that no longer says whom it was about.
    const names = (await new ScenarioStore(app.store).list()).map((s) => s.name).sort();
    expect(names).toEqual(['If Erased person #1 leaves', 'Spring plan']);
    const mappings = JSON.parse(await readFile(join(dir, 'import-mappings.json'), 'utf8'));
    expect(mappings.mappings[0].mapping.duplicates).toEqual({ N7: 'add' });
    const { entries } = await app.handlers['audit:list']({});
    expect(entries.find((e) => e.action.startsWith('Promote'))?.action).toBe('Promote scenario "If Erased person #1 leaves"');
    expect(entries.find((e) => e.action === 'Sign off review')?.reason).toBe('Covered for Erased person #1 (Erased person #1) all spring.');
  });
});
