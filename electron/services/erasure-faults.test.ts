import { spawn } from 'node:child_process';
import { promises as fsPromises } from 'node:fs';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { readEverythingIgnoringTags } from '../../tests/helpers/decrypt-without-tag';
import { filesUnder } from '../../tests/helpers/folder-scan';
import { readKeyring, unwrapWithPassphrase } from './protection/keyring';
import { startProtected } from './protection/testing';
import { ScenarioStore } from './scenarios/scenario-store';

/**
 * An erasure cut by kill -9 at each kind of step, then Braid started again: the person must
 * be gone from every file, not left in the scenarios and backups the crash did not reach.
 */

const child = fileURLToPath(new URL('../../tests/helpers/erase-then-die.ts', import.meta.url));
const ID = 'P010';
const NAME = 'Zoë Quintessa-Marlowe';
const EMAIL = 'zoe.qm@northwind.example';
const PASSPHRASE = 'river otter lantern quay';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'braid-erasure-kill-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const people = [
  { id: ID, name: NAME, email: EMAIL },
  ...Array.from({ length: 60 }, (_, i) => ({ id: `B${i}`, name: `Colleague ${i}`, managerId: ID, comment: `${ID} coached me` })),
];

/** A folder with her in the plan, a dozen backups, four scenarios and the audit trail. */
let seeds = 0;
async function seed(protection: 'off' | 'on'): Promise<string> {
  const dir = join(root, `seed-${protection}-${++seeds}`);
  const app = await startProtected(dir);
  await app.handlers['protection:choose'](protection === 'off' ? { mode: 'off' } : { mode: 'passphrase', passphrase: PASSPHRASE });
  await app.store.replace(planWith({ people: people as never, roles: [{ id: 'cso', incumbentId: ID, successors: [{ personId: 'B1', readiness: 'ready-now' }] }, { id: 'cto', successors: [{ personId: ID }] }] }), 'Open plan');
  for (let i = 0; i < 12; i++) {
    await app.store.edit('successor:update', { roleId: 'cto', personId: ID, emergency: i % 2 === 0 });
    await app.store.flush();
  }
  const scenarios = new ScenarioStore(app.store);
  for (const name of ['If P010 leaves', 'Spring', 'Summer', 'Autumn']) await scenarios.create(name, `about ${NAME}`);
  await app.store.flush();
  return dir;
}

async function killDuringErasure(dir: string, killAt: number, passphrase?: string): Promise<string> {
  const run = spawn(process.execPath, ['--import', 'tsx', child, dir, ID, String(killAt), ...(passphrase ? [passphrase] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  run.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  run.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => run.on('exit', (_code, sig) => resolve(sig)));
  expect(signal, out).toBe('SIGKILL');
  return out;
}

async function traces(dir: string, protection: 'off' | 'on'): Promise<string[]> {
  let files: { path: string; text: string }[];
  if (protection === 'on') {
    const reading = await readKeyring(dir);
    if (reading.kind !== 'ok') throw new Error('no keyring');
    const { key } = await unwrapWithPassphrase(reading.keyring, PASSPHRASE, 10);
    files = await readEverythingIgnoringTags(dir, key);
  } else files = (await filesUnder(dir)).map(({ path, bytes }) => ({ path, text: bytes.toString('utf8') }));
  const needles = [ID, NAME, JSON.stringify(NAME).slice(1, -1), EMAIL];
  return files.flatMap(({ path, text }) => needles.filter((n) => text.includes(n)).map((n) => `${path.slice(dir.length + 1)}: ${n}`));
}

async function reopen(dir: string, protection: 'off' | 'on') {
  const app = await startProtected(dir);
  if (protection === 'on') await app.handlers['protection:unlock']({ passphrase: PASSPHRASE });
  return app;
}

describe.each([
  ['off', [3, 9]],
  ['on', [1, 5, 14]],
] as const)('an erasure killed with kill -9 (protection %s)', (protection, killPoints) => {
  it('is finished at the next start, wherever it was cut, and leaves nothing of her', async () => {
    const seeded = await seed(protection);
    let halfErased = 0;
    for (const killAt of killPoints) {
      const dir = join(root, `${protection}-${killAt}`);
      await cp(seeded, dir, { recursive: true });
      await killDuringErasure(dir, killAt, protection === 'on' ? PASSPHRASE : undefined);
      // The state the crash left: on main this is a person gone from the plan but still in files.
      const left = await traces(dir, protection);
      if (left.length && left.every((hit) => !hit.startsWith('plan.braid.json'))) halfErased += 1;

      const app = await reopen(dir, protection);
      // Killed before its journal landed, the erasure had not begun: she is whole, and erasing again works.
      if (app.store.current()?.people.some((p) => p.id === ID)) {
        expect(killAt, 'she is whole again after the erasure began').toBe(1);
        await app.handlers['person:erase']({ personId: ID });
      }
      expect(app.store.current()?.people.some((p) => p.id === ID), `killed at rename ${killAt}`).toBe(false);
      expect(await traces(dir, protection), `killed at rename ${killAt}`).toEqual([]);
      expect((await app.handlers['audit:list']({})).entries.filter((e) => e.area === 'erasure').map((e) => e.summary)).toEqual([
        expect.stringMatching(/^Erased person #1 erased from the plan/),
      ]);
      expect((await readdir(join(dir, 'scenarios'))).filter((name) => name.includes('.tmp-'))).toEqual([]);
      await app.store.flush();
    }
    // At least one kill fell after the plan lost her and before the last file did.
    expect(halfErased).toBeGreaterThan(0);
  }, 90_000);
});

describe('an erasure cut short by a failing write', () => {
  it('is finished by trying again, instead of "not in the plan; nothing was erased"', async () => {
    const dir = await seed('off');
    const app = await reopen(dir, 'off');
    const realRename = fsPromises.rename;
    let scenarioWrites = 0;
    vi.spyOn(fsPromises, 'rename').mockImplementation(async (from, to) => {
      if (String(to).includes('/scenarios/') && ++scenarioWrites === 3) throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
      return realRename(from, to);
    });
    try {
      await expect(app.handlers['person:erase']({ personId: ID })).rejects.toThrow(/ENOSPC|disk/);
    } finally {
      vi.restoreAllMocks();
    }
    expect(app.store.current()?.people.some((p) => p.id === ID)).toBe(false);
    expect((await traces(dir, 'off')).length).toBeGreaterThan(0);

    const retried = await app.handlers['person:erase']({ personId: ID });
    expect(retried.erasure).toMatchObject({ marker: 'Erased person #1', complete: true });
    expect(await traces(dir, 'off')).toEqual([]);
  });
});
