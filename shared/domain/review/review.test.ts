import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { applyEdit } from '../edits';
import { planWith } from '../testing/plan-builder';
import { distributionOf, liveNineBox } from './review-nine-box';
import { peopleInScope, reviewsOf, rolesInScope } from './review-scope';
import { readyNowInflation, slateCalibration } from './slate-calibration';

const plan = planWith({
  people: [
    { id: 'ceo', name: 'Ceo', homeDomain: 'sales' },
    { id: 'ana', name: 'Ana Silva', managerId: 'ceo', homeDomain: 'sales', performance: 3, potential: 'medium' },
    { id: 'ben', name: 'Ben Okafor', managerId: 'ana', homeDomain: 'data', performance: 4, potential: 'high' },
    { id: 'ben2', name: 'Ben Okafor', title: 'Data lead', managerId: 'ana', homeDomain: 'sales', performance: 2, potential: 'low' },
    { id: 'cy', name: 'Cy', homeDomain: 'sales' },
  ],
  roles: [
    { id: 'cso', domains: ['sales'], incumbentId: 'ana', requirements: { backMonths: 12 }, successors: [{ personId: 'ben', readiness: 'ready-now' }, { personId: 'cy', readiness: 'ready-3-5-years' }] },
    { id: 'cto', domains: ['engineering'], incumbentId: 'ceo' },
  ],
});

const started = (scope: Parameters<typeof applyEdit<'review:start'>>[2]['scope'] = { kind: 'domain', domainId: 'sales' }) =>
  applyEdit(plan, 'review:start', { id: 'rv1', date: '2027-02-01', title: 'Sales calibration', scope, participants: ['Hana (HR)', 'Ana Silva'] });

const move = (to: number, reason = 'Delivered the Q4 turnaround') => ({ personId: 'ana', field: 'performance' as const, from: 3, to, reason });

describe('the scope of a talent review', () => {
  it('takes a domain, everyone, or the whole reporting line below a manager', () => {
    const ids = (people: { id: string }[]) => people.map((p) => p.id);
    expect(ids(peopleInScope(plan, { kind: 'domain', domainId: 'sales' }))).toEqual(['ceo', 'ana', 'ben2', 'cy']);
    expect(ids(peopleInScope(plan, { kind: 'manager', personId: 'ceo' }))).toEqual(['ana', 'ben', 'ben2']);
    expect(ids(peopleInScope(plan, { kind: 'all' }))).toHaveLength(5);
    expect(ids(rolesInScope(plan, { kind: 'domain', domainId: 'sales' }))).toEqual(['cso']);
    expect(ids(rolesInScope(plan, { kind: 'manager', personId: 'ceo' }))).toEqual(['cso']);
  });
});

describe('proposed moves', () => {
  it('refuses a move without a reason, or with only spaces', () => {
    const draft = started();
    expect(() => applyEdit(draft, 'review:proposeMove', { reviewId: 'rv1', move: move(4, '') })).toThrow(/needs a reason/);
    expect(() => applyEdit(draft, 'review:proposeMove', { reviewId: 'rv1', move: move(4, '   ') })).toThrow(/needs a reason/);
  });

  it('keeps one move per person and field: a second proposal replaces the first, a move back withdraws it', () => {
    let draft = applyEdit(started(), 'review:proposeMove', { reviewId: 'rv1', move: move(4) });
    draft = applyEdit(draft, 'review:proposeMove', { reviewId: 'rv1', move: { ...move(5), from: 4 } });
    expect(reviewsOf(draft)[0].moves).toEqual([{ ...move(5), from: 3 }]);
    draft = applyEdit(draft, 'review:proposeMove', { reviewId: 'rv1', move: { ...move(3), from: 5 } });
    expect(reviewsOf(draft)[0].moves).toEqual([]);
  });

  it('shows proposals on the live 9-box and in the distribution without moving anyone in the plan', () => {
    const draft = applyEdit(started(), 'review:proposeMove', { reviewId: 'rv1', move: move(5) });
    const review = reviewsOf(draft)[0];
    const box = liveNineBox(draft, review);
    const core = box.cells.find((c) => c.key === 'medium/medium')!;
    const high = box.cells.find((c) => c.key === 'medium/high')!;
    expect(core.people.map((p) => p.person.id)).toEqual(['ana']);
    expect(high.incoming.map((p) => p.person.id)).toEqual(['ana']);
    expect(box.unrated.map((p) => p.person.id)).toEqual(['ceo', 'cy']);
    const now = distributionOf(box.placements, 'current', { 'medium/medium': 40 });
    expect(now.placed).toBe(2);
    expect(now.cells.find((c) => c.key === 'medium/medium')).toMatchObject({ count: 1, share: 0.5, guideline: 0.4, overGuideline: true });
    expect(distributionOf(box.placements, 'proposed').cells.find((c) => c.key === 'medium/high')).toMatchObject({ count: 1, share: 0.5 });
    expect(draft.people.find((p) => p.id === 'ana')!.performance).toBe(3);
  });

  it('lists ready-now successors whose fit is below 100 % with their evidence', () => {
    const draft = started();
    const calibration = slateCalibration(draft, analyzePlan(draft), reviewsOf(draft)[0]);
    const inflated = readyNowInflation(calibration);
    expect(inflated.map((row) => [row.personId, Math.round(row.fit!.fit * 100)])).toEqual([['ben', 50]]);
    expect(inflated[0].flags.map((f) => f.code)).toContain('successor-not-ready');
  });
});

describe('sign-off', () => {
  it('applies the moves, stamps reviewedOn on the roles in scope, and leaves the review read-only', () => {
    let draft = applyEdit(started(), 'review:proposeMove', { reviewId: 'rv1', move: move(5) });
    draft = applyEdit(draft, 'review:proposeMove', {
      reviewId: 'rv1',
      move: { personId: 'ben', field: 'readiness', roleId: 'cso', from: 'ready-now', to: 'ready-1-2-years', reason: 'No technical time yet' },
    });
    const signed = applyEdit(draft, 'review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-03' });
    expect(signed.people.find((p) => p.id === 'ana')!.performance).toBe(5);
    expect(signed.roles.map((r) => [r.id, r.reviewedOn, r.successors[0]?.readiness])).toEqual([
      ['cso', '2027-02-01', 'ready-1-2-years'],
      ['cto', undefined, undefined],
    ]);
    expect(() => applyEdit(signed, 'review:proposeMove', { reviewId: 'rv1', move: move(4) })).toThrow(/read-only/);
    expect(() => applyEdit(signed, 'review:discard', { reviewId: 'rv1' })).toThrow(/read-only/);
    expect(() => applyEdit(signed, 'review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-04' })).toThrow(/read-only|already/);
  });

  it('refuses to sign off a readiness move whose successor has left the slate, and changes nothing', () => {
    let draft = applyEdit(started(), 'review:proposeMove', {
      reviewId: 'rv1',
      move: { personId: 'cy', field: 'readiness', roleId: 'cso', from: 'ready-3-5-years', to: 'ready-1-2-years', reason: 'Strong year' },
    });
    draft = applyEdit(draft, 'successor:remove', { roleId: 'cso', personId: 'cy' });
    expect(() => applyEdit(draft, 'review:signOff', { reviewId: 'rv1', signedOffOn: '2027-02-03' })).toThrow(/Cy is no longer on the slate of Cso: withdraw that move first/);
  });

  it('discards a draft with its proposals', () => {
    const draft = applyEdit(started(), 'review:proposeMove', { reviewId: 'rv1', move: move(5) });
    expect(reviewsOf(applyEdit(draft, 'review:discard', { reviewId: 'rv1' }))).toEqual([]);
  });
});
