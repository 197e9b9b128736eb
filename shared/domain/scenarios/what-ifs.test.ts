import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { validatePlan } from '../plan/validate';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { backfillOf, fallVacant, leaveOn, setHostCapacity, slipRotation } from './what-ifs';

const rotation = (plan: ReturnType<typeof whatIfPlan>, id: string) => plan.rotations.find((r) => r.id === id)!;
const role = (plan: ReturnType<typeof whatIfPlan>, id: string) => plan.roles.find((r) => r.id === id)!;
const person = (plan: ReturnType<typeof whatIfPlan>, id: string) => plan.people.find((p) => p.id === id)!;

describe('a leader leaves on D (§8.5)', () => {
  it('vacates every role they hold: no incumbent, vacancy on D or the earlier date already set, risk high', () => {
    const plan = whatIfPlan();
    // Zoë holds Head of Delivery, expected to fall vacant on 2028-06-30: a later leaving day keeps that date.
    const early = leaveOn(plan, { personId: 'P2', on: '2027-05-01' });
    expect(role(early, 'R2')).toMatchObject({ incumbentId: null, expectedVacancy: '2027-05-01', vacancyRisk: 'high' });
    const late = leaveOn(plan, { personId: 'P2', on: '2029-01-01' });
    expect(role(late, 'R2').expectedVacancy).toBe('2028-06-30');
    // Анна holds the CTO seat with no vacancy date: the leaving day becomes it.
    expect(role(leaveOn(plan, { personId: 'P1', on: '2027-03-01' }), 'R1')).toMatchObject({ incumbentId: null, expectedVacancy: '2027-03-01', vacancyRisk: 'high' });
  });

  it('takes them off every slate, archives them and moves their direct reports to their manager', () => {
    const after = leaveOn(whatIfPlan(), { personId: 'P3', on: '2027-02-01' });
    expect(after.roles.flatMap((r) => r.successors.map((s) => s.personId))).not.toContain('P3');
    expect(person(after, 'P3').archived).toBe(true);
    expect(person(after, 'P5').managerId).toBe('P1');
    expect(validatePlan(after).ok).toBe(true);
  });

  it('leaving on the first day of their active rotation ends it that day; planned rotations are cancelled', () => {
    const plan = whatIfPlan();
    expect(rotation(plan, 'T4')).toMatchObject({ status: 'active', start: '2026-11-01', end: '2027-04-30' });
    const after = leaveOn(plan, { personId: 'P3', on: '2026-11-01' });
    expect(rotation(after, 'T4')).toMatchObject({ status: 'active', start: '2026-11-01', end: '2026-11-01' });
    expect(validatePlan(after).ok).toBe(true);
    const wang = leaveOn(plan, { personId: 'P4', on: '2027-12-01' });
    expect([rotation(wang, 'T2').status, rotation(wang, 'T3').status]).toEqual(['cancelled', 'cancelled']);
  });

  it('an active rotation that would only start after the leaving day is cancelled, not turned inside out', () => {
    const plan = whatIfPlan();
    const after = leaveOn(plan, { personId: 'P3', on: '2026-10-15' });
    expect(rotation(after, 'T4').status).toBe('cancelled');
    expect(validatePlan(after).ok).toBe(true);
  });

  it('a leaver who is a backfill and a mentor is removed from the rotations that run after D, not from earlier ones', () => {
    const plan = whatIfPlan();
    expect(rotation(plan, 'T1')).toMatchObject({ mentorId: 'P3', backfillId: 'P3', end: '2027-08-31' });
    const after = leaveOn(plan, { personId: 'P3', on: '2027-02-01' });
    expect(rotation(after, 'T1').mentorId).toBeNull();
    expect(backfillOf(rotation(after, 'T1'))).toBeNull();
    // Leaving after T1 has ended: the history of who mentored and covered stays.
    const later = leaveOn(plan, { personId: 'P3', on: '2027-08-31' });
    expect(rotation(later, 'T1')).toMatchObject({ mentorId: 'P3', backfillId: 'P3' });
  });

  it('their development actions end as their rotations do, and actions they own after D lose their owner', () => {
    const action = (id: string, personId: string, status: 'planned' | 'active' | 'completed', start: string, end: string, ownerId: string | null = null) =>
      ({ id, personId, kind: 'mentoring' as const, title: id, threads: ['innovation'], start, end, status, cost: null, ownerId, evidenceDue: null });
    const plan = {
      ...whatIfPlan(),
      actions: [
        action('planned', 'P3', 'planned', '2027-03-01', '2027-05-31'),
        action('running', 'P3', 'active', '2026-12-01', '2027-06-30'),
        action('not-begun', 'P3', 'active', '2027-03-01', '2027-06-30'),
        action('done', 'P3', 'completed', '2026-01-01', '2026-03-31'),
        action('mentored-later', 'P4', 'planned', '2027-01-01', '2027-06-30', 'P3'),
        action('mentored-before', 'P4', 'completed', '2026-01-01', '2026-12-31', 'P3'),
      ],
    };
    const after = leaveOn(plan, { personId: 'P3', on: '2027-02-01' });
    expect(after.actions!.map((a) => [a.id, a.status, a.end, a.ownerId])).toEqual([
      ['planned', 'cancelled', '2027-05-31', null],
      ['running', 'active', '2027-02-01', null],
      ['not-begun', 'cancelled', '2027-06-30', null],
      ['done', 'completed', '2026-03-31', null],
      ['mentored-later', 'planned', '2027-06-30', null],
      ['mentored-before', 'completed', '2026-12-31', 'P3'],
    ]);
    expect(validatePlan(after).ok).toBe(true);
  });

  it('the only ready-now successor of two roles leaving drops ready-now coverage from 100 % to 0 %', () => {
    const plan = whatIfPlan();
    const after = leaveOn(plan, { personId: 'P3', on: '2027-02-01' });
    expect(analyzePlan(plan).metrics.readyNowCoverage).toBe(1);
    const flags = analyzePlan(after).flags.filter((f) => f.code === 'role-no-ready-successor');
    expect(flags.map((f) => f.roleId).sort()).toEqual(['R1', 'R2']);
    expect(analyzePlan(after).metrics.readyNowCoverage).toBe(0);
  });

  it('refuses a person who is not in the plan or has left already', () => {
    const plan = whatIfPlan();
    expect(() => leaveOn(plan, { personId: 'P9', on: '2027-02-01' })).toThrow(/Person P9 is not in the plan/);
    const gone = leaveOn(plan, { personId: 'P3', on: '2027-02-01' });
    expect(() => leaveOn(gone, { personId: 'P3', on: '2027-03-01' })).toThrow(/archived already/);
  });
});

describe('a rotation slips N months', () => {
  it('moves start and end by addMonths(N) across a year end', () => {
    const after = slipRotation(whatIfPlan(), { rotationId: 'T2', months: 3 });
    expect(rotation(after, 'T2')).toMatchObject({ start: '2028-01-01', end: '2028-06-30' });
    const earlier = slipRotation(whatIfPlan(), { rotationId: 'T3', months: -7 });
    expect(rotation(earlier, 'T3')).toMatchObject({ start: '2027-10-01', end: '2028-03-31' });
  });

  it('a slip that makes two rotations of one person overlap raises rotation-overlap', () => {
    const plan = whatIfPlan();
    expect(analyzePlan(plan).flags.some((f) => f.code === 'rotation-overlap')).toBe(false);
    const overlap = analyzePlan(slipRotation(plan, { rotationId: 'T2', months: 3 })).flags.filter((f) => f.code === 'rotation-overlap');
    expect(overlap.map((f) => f.rotationIds)).toEqual([['T2', 'T3']]);
  });

  it('clamps to the end of a shorter month, and refuses rotations that are over', () => {
    const plan = whatIfPlan();
    const moved = slipRotation({ ...plan, rotations: plan.rotations.map((r) => (r.id === 'T1' ? { ...r, start: '2027-01-31', end: '2027-05-31' } : r)) }, { rotationId: 'T1', months: 1 });
    expect(rotation(moved, 'T1')).toMatchObject({ start: '2027-02-28', end: '2027-06-30' });
    const done = { ...plan, rotations: plan.rotations.map((r) => (r.id === 'T1' ? { ...r, status: 'completed' as const } : r)) };
    expect(() => slipRotation(done, { rotationId: 'T1', months: 1 })).toThrow(/completed: only planned and active rotations can slip/);
  });
});

describe('a role falls vacant on D, a host changes capacity', () => {
  it('sets the vacancy and high risk, keeping the incumbent until then; a near vacancy makes the missing successor critical', () => {
    const left = leaveOn(whatIfPlan(), { personId: 'P3', on: '2027-02-01' });
    const severity = (plan: typeof left) => analyzePlan(plan).flags.find((f) => f.code === 'role-no-ready-successor' && f.roleId === 'R2')?.severity;
    expect(severity(left)).toBe('warning');
    const vacant = fallVacant(left, { roleId: 'R2', on: '2027-06-01' });
    expect(role(vacant, 'R2')).toMatchObject({ incumbentId: 'P2', expectedVacancy: '2027-06-01', vacancyRisk: 'high' });
    expect(severity(vacant)).toBe('critical');
  });

  it('a host taking fewer rotations at a time raises over-capacity', () => {
    const plan = whatIfPlan();
    const codes = (p: typeof plan) => analyzePlan(p).flags.filter((f) => f.code === 'rotation-over-capacity').map((f) => f.hostId);
    const crowded = slipRotation(plan, { rotationId: 'T2', months: -6 });
    expect(codes(crowded)).toEqual([]);
    expect(codes(setHostCapacity(crowded, { hostId: 'H1', capacity: 1 }))).toEqual(['H1']);
  });
});
