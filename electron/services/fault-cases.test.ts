import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../shared/domain/testing/plan-builder';
import { reviewsOf } from '../../shared/domain/review';
import { Backups, listBackupEntries } from './backups';
import { PlanStore } from './plan-store';
import { PLAN_FILE_NAME } from './protection/data-folder';
import { startProtected } from './protection/testing';
import { ScenarioStore } from './scenarios/scenario-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-faults-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a sign-off whose save fails', () => {
  it('leaves no audit entry for a change that is not in the plan', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await app.store.replace(planWith({ people: [{ id: 'ana', homeDomain: 'sales', performance: 3, potential: 'medium' }] }), 'Open plan');
    await app.store.edit('review:start', { id: 'rv1', date: '2027-02-01', title: 'Sales calibration', scope: { kind: 'domain', domainId: 'sales' }, participants: ['Hana'] });
    await app.store.edit('review:proposeMove', { reviewId: 'rv1', move: { personId: 'ana', field: 'potential', from: 'medium', to: 'high', reason: 'Led the bid team' } });
    await app.store.flush();
    // Something the plan file cannot be renamed over: the save fails as on a full disk.
    await rm(join(dir, PLAN_FILE_NAME));
    await mkdir(join(dir, PLAN_FILE_NAME, 'in-the-way'), { recursive: true });

    await expect(app.store.edit('review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-02' })).rejects.toThrow();

    expect(reviewsOf(app.store.current()!)[0].status).toBe('draft');
    const { entries } = await app.audit.read();
    expect(entries.filter((e) => e.action === 'Sign off talent review')).toEqual([]);
  });
});

describe('a clock that went back', () => {
  const ahead = new Date('2027-03-02T09:00:00.000Z');
  const backAgain = new Date('2027-03-01T09:00:00.000Z');
  const tick = (at: Date, i: number) => new Date(at.getTime() + i * 60_000);

  it('keeps the later session’s backups and offers its newest first', async () => {
    const store = new PlanStore(dir, 0);
    await store.open();
    await store.replace(planWith({ people: [{ id: 'ana' }] }), 'Open plan');
    await store.flush();
    const backups = new Backups(join(dir, 'backups'));
    await rm(backups.dir, { recursive: true });
    await mkdir(backups.dir);
    // A session with the clock a day ahead (revisions 1–25), then one with the right time (26–35).
    for (let r = 1; r <= 25; r++) await backups.keep(store.planPath, r, tick(ahead, r));
    for (let r = 26; r <= 35; r++) await backups.keep(store.planPath, r, tick(backAgain, r));

    const kept = (await listBackupEntries(backups.dir)).map((e) => e.revision);
    expect(kept.slice(0, 10)).toEqual([35, 34, 33, 32, 31, 30, 29, 28, 27, 26]);
    expect((await backups.list())[0].revision).toBe(35);

    // The next start counts on from the highest revision, not from the latest-looking time.
    const reopened = new PlanStore(dir, 0);
    await reopened.open();
    expect(reopened.snapshot().revision).toBe(35);
  });
});

describe('writes cut short by a crash', () => {
  it('leave no temporary file once Braid has started again: scenario files, the journal, the audit trail', async () => {
    const app = await startProtected(dir);
    await app.handlers['protection:choose']({ mode: 'off' });
    await app.store.replace(planWith({ people: [{ id: 'ana' }] }), 'Open plan');
    const made = await new ScenarioStore(app.store).create('If Ana leaves', '');
    await app.store.flush();
    // What kill -9 in the middle of writeFileAtomic leaves behind (the whole record, in clear).
    await writeFile(join(dir, 'scenarios', `.${made.scenario.id}.braid.json.tmp-4242-0badf00d`), JSON.stringify(made.plan));
    await writeFile(join(dir, '.erasure-journal.json.tmp-4242-0badf00d'), '{"personId":"ana"');
    await writeFile(join(dir, '.audit.jsonl.tmp-4242-0badf00d'), '{"action":"Erase person"');

    const again = await startProtected(dir);
    await new ScenarioStore(again.store).list();
    const left = (await readdir(dir, { recursive: true })).filter((name) => String(name).includes('.tmp-'));
    expect(left).toEqual([]);
  });
});
