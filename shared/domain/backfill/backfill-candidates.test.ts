import { describe, expect, it } from 'vitest';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { analyzePlan } from '../analysis';
import { actingSteps, backfillCandidates } from './backfill-candidates';

describe('backfill candidates for a rotation', () => {
  it('are the direct reports and the successors of the roles held, free ones first, ranked by fit for that role', () => {
    const plan = whatIfPlan();
    const t1 = plan.rotations.find((r) => r.id === 'T1')!;
    const candidates = backfillCandidates(plan, analyzePlan(plan), t1);
    expect(candidates.map((c) => [c.personId, c.free, c.roleId])).toEqual([
      ['P4', true, 'R2'],
      ['P3', false, 'R2'],
    ]);
    expect(candidates[0].reasons).toEqual(['direct report', 'successor for Head of Delivery (ready in 1–2 years)']);
    expect(candidates[1].busy).toBe('on rotation T4 from 2026-11-01 to 2027-04-30');
  });

  it('someone already covering another seat on those days is not free; the rotating person and archived people are never offered', () => {
    const plan = whatIfPlan();
    const busy = { ...plan, rotations: plan.rotations.map((r) => (r.id === 'T2' ? { ...r, backfillId: 'P5', start: '2027-04-01' } : r)) };
    const t4 = busy.rotations.find((r) => r.id === 'T4')!;
    const candidates = backfillCandidates(busy, analyzePlan(busy), t4);
    expect(candidates.map((c) => [c.personId, c.free, c.busy])).toEqual([['P5', false, 'already covering for rotation T2 from 2027-04-01 to 2028-03-31']]);
    const archived = { ...plan, people: plan.people.map((p) => (p.id === 'P5' ? { ...p, archived: true } : p)) };
    expect(backfillCandidates(archived, analyzePlan(archived), t4)).toEqual([]);
  });
});

describe('acting steps', () => {
  it('name the seat held, when, and add no exposure', () => {
    const plan = whatIfPlan();
    expect(actingSteps(plan, 'P3')).toEqual([{ rotationId: 'T1', forPersonId: 'P2', roleTitle: 'Head of Delivery', start: '2027-03-01', end: '2027-08-31' }]);
    expect(actingSteps(plan, 'P5')).toEqual([{ rotationId: 'T4', forPersonId: 'P3', roleTitle: null, start: '2026-11-01', end: '2027-04-30' }]);
    const without = { ...plan, rotations: plan.rotations.map((r) => ({ ...r, backfillId: null })) };
    expect(analyzePlan(plan).people.get('P3')!.current).toEqual(analyzePlan(without).people.get('P3')!.current);
  });
});
