import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import type { Person, Plan } from '../../shared/domain/plan/schema';
import { createServices, type Services } from './handlers';
import { createNodePorts } from './node-ports';
import { seedProtection } from './protection/seed';
import { readPlanDocument } from './plan-document';
import { PLAN_FILE_NAME } from './protection/data-folder';
import { ScenarioStore } from './scenarios/scenario-store';
import { scenarioHandlers } from './scenarios/handlers';

/**
 * Two or more clients of one data folder (two tabs, a tab and the CLI's import) changing it
 * at once. Every save a client was told succeeded must be in the plan afterwards, on disk
 * too. Loops are short: each case runs in a second or two.
 */

const resourcesDir = fileURLToPath(new URL('../../resources', import.meta.url));
let dataDir: string;
let services: Services;

const PEOPLE = 30;
const plan = (): Plan =>
  planWith({
    people: [{ id: 'zed', name: 'Zed Quillfeather' }, ...Array.from({ length: PEOPLE }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` }))],
    rotations: [{ personId: 'zed', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
    roles: [{ id: 'cso', title: 'Chief Service Officer', successors: [{ personId: 'zed' }, { personId: 'p0' }] }],
  });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'braid-clients-'));
  await seedProtection(dataDir, 'off');
  services = await createServices({ ...createNodePorts({ transport: 'web', resourcesDir, dataDir }), saveDebounceMs: 1 });
  await services.store.replace(plan(), 'Open plan');
  // Some history, so that an erasure has backups to survey while the other client saves.
  for (let i = 0; i < 12; i++) await services.handlers['organization:update']({ name: `Northwind ${i}` });
});
afterEach(async () => {
  await services.store.flush();
  await rm(dataDir, { recursive: true, force: true });
});

const person = (p: Plan | null, id: string): Person => p!.people.find((x) => x.id === id)!;

/**
 * Client B: starts a save of the next person every couple of milliseconds, without waiting
 * for the one before (as a busy tab does), until client A's change has finished and two
 * more; each person is saved once. Returns the titles it was told were saved.
 */
async function keepSavingPeople(other: Promise<unknown>): Promise<Map<string, string>> {
  let done = false;
  void other.then(
    () => (done = true),
    () => (done = true),
  );
  const acknowledged = new Map<string, string>();
  const saves: Promise<void>[] = [];
  let after = 0;
  for (let i = 0; i < PEOPLE && after < 2; i++) {
    if (done) after += 1;
    const id = `p${i}`;
    const title = `Saved by B #${i}`;
    saves.push(services.handlers['person:save']({ person: { ...person(services.store.current(), id), title } }).then(() => void acknowledged.set(id, title)));
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(saves);
  expect(acknowledged.size).toBeGreaterThan(2);
  return acknowledged;
}

async function planOnDisk(): Promise<Plan> {
  await services.store.flush();
  const reading = readPlanDocument(await readFile(join(dataDir, PLAN_FILE_NAME), 'utf8'), PLAN_FILE_NAME);
  if (!reading.ok) throw new Error(reading.message);
  return reading.plan;
}

async function expectEverySaveKept(acknowledged: Map<string, string>) {
  for (const p of [services.store.current(), await planOnDisk()]) {
    const lost = [...acknowledged].filter(([id, title]) => person(p, id)?.title !== title);
    expect(lost).toEqual([]);
  }
}

describe('two clients at once', () => {
  it('an erasure while another client keeps saving people loses none of the saves', async () => {
    const erasing = services.handlers['person:erase']({ personId: 'zed', deleteUnreadable: [] });
    const [saves] = await Promise.all([keepSavingPeople(erasing), erasing]);
    await expectEverySaveKept(saves);
    expect(services.store.current()!.people.some((p) => p.id === 'zed')).toBe(false);
  });

  it('a promote while another client keeps saving people loses none of the saves', async () => {
    const made = await services.handlers['scenario:create']({ name: 'If Zed leaves', note: '' });
    await services.handlers['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: { host: { id: 'lab', name: 'The Lab', domain: 'data', capacity: 1 } } });
    const promoting = services.handlers['scenario:promote']({ id: made.scenario.id });
    const [saves, promoted] = await Promise.all([keepSavingPeople(promoting), promoting]);
    expect(promoted.changedItems).toBe(1);
    await expectEverySaveKept(saves);
    expect((await planOnDisk()).hosts.some((h) => h.id === 'lab')).toBe(true);
  });

  it('two scenario edits right after a restart both stay, and a scenario:get beside an edit loses nothing', async () => {
    const made = await services.handlers['scenario:create']({ name: 'Hosts', note: '' });
    await services.store.flush();
    for (let round = 0; round < 4; round++) {
      // A new start: nothing of the scenario is held in memory yet.
      const ops = scenarioHandlers(new ScenarioStore(services.store), services.store);
      const host = (n: number) => ({ host: { id: `h${round}-${n}`, name: `Host ${round}-${n}`, domain: 'data' as const, capacity: 1 } });
      await Promise.all([
        ops['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: host(1) }),
        ops['scenario:get']({ id: made.scenario.id }),
        ops['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: host(2) }),
      ]);
    }
    const reread = await scenarioHandlers(new ScenarioStore(services.store), services.store)['scenario:get']({ id: made.scenario.id });
    const ids = reread.plan.hosts.map((h) => h.id);
    for (let round = 0; round < 4; round++) expect(ids).toEqual(expect.arrayContaining([`h${round}-1`, `h${round}-2`]));
  });

  it('a scenario edit during an erasure never writes the erased person back', async () => {
    const made = await services.handlers['scenario:create']({ name: 'Hosts', note: '' });
    await services.handlers['scenario:get']({ id: made.scenario.id });
    const erasing = services.handlers['person:erase']({ personId: 'zed', deleteUnreadable: [] });
    const editing = (async () => {
      for (let i = 0; i < 5; i++) {
        await services.handlers['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: { host: { id: `h${i}`, name: `Host ${i}`, domain: 'data', capacity: 1 } } });
      }
    })();
    await Promise.all([erasing, editing]);
    await services.store.flush();
    const scenarioFile = await readFile(join(dataDir, 'scenarios', `${made.scenario.id}.braid.json`), 'utf8');
    expect(scenarioFile).not.toContain('Zed Quillfeather');
    expect(scenarioFile).not.toContain('"zed"');
    const held = await services.handlers['scenario:get']({ id: made.scenario.id });
    expect(held.plan.people.some((p) => p.id === 'zed')).toBe(false);
    expect(held.plan.hosts.map((h) => h.id)).toEqual(expect.arrayContaining(['h0', 'h1', 'h2', 'h3', 'h4']));
  });
});
