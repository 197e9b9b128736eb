import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { serializePlan } from './plan-document';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { createServices } from './handlers';
import { confPreferences, createNodePorts } from './node-ports';
import { PLAN_FILE_NAME } from './protection/data-folder';
import { seedProtection } from './protection/seed';

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-prefs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});
const prefsFile = () => join(dir, 'preferences.json');

describe('preferences', () => {
  it('start with the defaults and keep a change', () => {
    const prefs = confPreferences(dir);
    expect(prefs.get()).toEqual({ theme: 'system', paper: 'a4' });
    prefs.set({ paper: 'letter' });
    expect(confPreferences(dir).get()).toEqual({ theme: 'system', paper: 'letter' });
  });

  it.each([
    ['not JSON', '{"preferences": {"theme": '],
    ['a value Braid does not know', '{"preferences": {"theme": "purple", "paper": "a4"}}'],
    ['not an object', '{"preferences": 7}'],
  ])('reset with a notice when the file is %s, and the app still starts with the plan untouched', async (_what, text) => {
    await seedProtection(dir, 'off');
    // A current-format plan: an older one is rewritten in the new format on open, by design.
    const plan = Buffer.from(serializePlan(planWith({ organization: 'Fixture Services Ltd' })));
    await writeFile(join(dir, PLAN_FILE_NAME), plan);
    await writeFile(prefsFile(), text);

    const services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir: dir }), saveDebounceMs: 1 });
    const first = await services.handlers['prefs:get']({});
    expect(first).toMatchObject({ theme: 'system', paper: 'a4', notice: expect.stringMatching(/preferences\.json.*could not be read.*reset/) });
    expect((await services.handlers['prefs:get']({})).notice).toBeNull();
    expect(services.store.current()?.organization.name).toBe('Fixture Services Ltd');
    expect(await readFile(join(dir, PLAN_FILE_NAME))).toEqual(plan);
  });

  it('hold no file paths: recent files written by an earlier version are dropped at once', async () => {
    await writeFile(prefsFile(), JSON.stringify({ preferences: { theme: 'dark', paper: 'a4', recentFiles: ['/home/hr/Zoë Quintessa-Marlowe review.braid.json'] } }));
    const prefs = confPreferences(dir);
    expect(prefs.get()).toEqual({ theme: 'dark', paper: 'a4' });
    expect(await readFile(prefsFile(), 'utf8')).not.toContain('Quintessa');
  });

  it('keep how the planner was last shown, and refuse a planner view that holds anything else (a typed name)', () => {
    const planner = { view: 'person', zoom: 'quarters', snap: 'week', showCancelled: true, everyone: true } as const;
    confPreferences(dir).set({ planner });
    expect(confPreferences(dir).get()).toEqual({ theme: 'system', paper: 'a4', planner });
    expect(contract['prefs:set'].input.safeParse({ planner: { ...planner, query: 'Omar Haddad' } }).success).toBe(false);
    expect(contract['prefs:set'].input.safeParse({ planner: { ...planner, zoom: 'decades' } }).success).toBe(false);
  });

  it('refuse a path or any other field through prefs:set', () => {
    expect(contract['prefs:set'].input.safeParse({ recentFiles: ['/home/hr/x.braid.json'] }).success).toBe(false);
    expect(contract['prefs:set'].input.safeParse({ theme: 'dark' }).success).toBe(true);
  });
});
