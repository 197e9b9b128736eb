import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { reviewsOf } from '../../../shared/domain/review';
import { startProtected } from '../protection/testing';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-review-audit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const plan = () =>
  planWith({
    people: [
      { id: 'ana', name: 'Ana Silva', homeDomain: 'sales', performance: 3, potential: 'medium' },
      { id: 'ben', name: 'Ben Okafor', homeDomain: 'sales', performance: 4, potential: 'high' },
    ],
    roles: [{ id: 'cso', title: 'Chief Service Officer', domains: ['sales'], successors: [{ personId: 'ben', readiness: 'ready-1-2-years' }] }],
  });

async function sessionWithTwoMoves() {
  const app = await startProtected(dir);
  await app.handlers['protection:choose']({ mode: 'off' });
  await app.store.replace(plan(), 'Open plan');
  await app.store.edit('review:start', { id: 'rv1', date: '2027-02-01', title: 'Sales calibration', scope: { kind: 'domain', domainId: 'sales' }, participants: ['Hana'] });
  await app.store.edit('review:proposeMove', { reviewId: 'rv1', move: { personId: 'ana', field: 'potential', from: 'medium', to: 'high', reason: 'Led the bid team' } });
  await app.store.edit('review:proposeMove', { reviewId: 'rv1', move: { personId: 'ben', field: 'readiness', roleId: 'cso', from: 'ready-1-2-years', to: 'ready-now', reason: 'Meets every requirement' } });
  return app;
}

describe('signing off a talent review', () => {
  it('writes every move to the audit trail with the review id and its reason, as one step', async () => {
    const app = await sessionWithTwoMoves();
    const before = app.store.historySize();
    await app.store.edit('review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-02' });
    expect(app.store.historySize()).toBe(before + 1);
    const { entries } = await app.handlers['audit:list']({ reviewId: 'rv1' });
    const moves = entries.filter((e) => e.reason);
    expect(moves.map((e) => [e.area, e.before, e.after, e.reason])).toEqual(
      expect.arrayContaining([
        ['rating', 'Medium potential', 'High potential', 'Led the bid team'],
        ['readiness', 'Ready in 1–2 years', 'Ready now', 'Meets every requirement'],
      ]),
    );
    expect(moves).toHaveLength(2);
    expect(entries.find((e) => e.area === 'review' && e.after === 'signed-off')?.summary).toBe('Talent review "Sales calibration" signed off with 2 moves');
  });

  it('is undone as one step: ratings, readiness, reviewedOn and the draft all come back', async () => {
    const app = await sessionWithTwoMoves();
    const draft = app.store.current()!;
    await app.store.edit('review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-02' });
    expect(app.store.current()!.roles[0].reviewedOn).toBe('2027-02-01');
    const undone = await app.store.undo();
    expect(undone.plan).toEqual(draft);
    expect(reviewsOf(undone.plan!)[0].status).toBe('draft');
    expect(undone.history.redoLabel).toBe('Sign off talent review');
  });
});
