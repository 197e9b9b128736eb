import { describe, expect, it } from 'vitest';
import { assessed, planWith, type ActionInput } from '../testing/plan-builder';
import { flagsOf } from '../testing/flag-helpers';
import { analyzePlan } from './analyze-plan';
import type { Plan } from '../plan/schema';

/**
 * DOMAIN §9 at its boundaries, on a version-3 plan built by hand: asOf 2027-01-01, the role falls
 * vacant on 2027-06-30 and needs 6 front-side months and Financial Acumen 4.
 */
const VACANCY = '2027-06-30';
function planOf(actions: ActionInput[], people = [{ id: 'ana', name: 'Ana Silva' }], readiness: 'ready-now' | 'ready-1-2-years' = 'ready-1-2-years'): Plan {
  return planWith({
    people: [...people, { id: 'ola', name: 'Ola Berg' }],
    roles: [
      {
        id: 'cso',
        title: 'Chief Service Officer',
        domains: ['delivery', 'engineering'],
        expectedVacancy: VACANCY,
        requirements: { threads: { 'financial-acumen': 4 }, frontMonths: 6 },
        successors: people.map((p) => ({ personId: p.id, readiness })),
      },
    ],
    actions,
  });
}
const slate = (plan: Plan) => analyzePlan(plan).roles.get('cso')!.successors[0];
const acting = (end = VACANCY): ActionInput => ({ personId: 'ana', kind: 'acting-role', roleId: 'cso', title: 'Acting CSO', threads: ['customer-success'], start: '2027-01-01', end });
const course = (evidenceDue: string | null, end = '2027-03-31'): ActionInput => ({ personId: 'ana', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-01-01', end, evidenceDue });

describe('whole-truth readiness (§9.2) on a hand-built plan', () => {
  it('an acting role is time in the seat: its months count on the side of the role’s first domain', () => {
    const plan = planOf([acting()]);
    expect(analyzePlan(plan).people.get('ana')!.projected.front).toBe(6);
    expect(slate(plan).exposureReadyBy).toBe(VACANCY);
  });

  it('evidence due on the vacancy day is in time; a day later is not', () => {
    const onTheDay = slate(planOf([acting(), course(VACANCY)]));
    expect(onTheDay).toMatchObject({ exposureReadyBy: VACANCY, readyBy: VACANCY, inTime: true, unplanned: [] });
    expect(onTheDay.awaiting).toEqual([{ threadId: 'financial-acumen', level: 4, day: VACANCY }]);
    const late = slate(planOf([acting(), course('2027-07-01')]));
    expect(late).toMatchObject({ exposureReadyBy: VACANCY, readyBy: '2027-07-01', inTime: false });
  });

  it('an action with no evidence day gives its evidence at its end, and a rotation with the thread as objective counts too', () => {
    expect(slate(planOf([acting(), course(null, '2027-05-31')])).readyBy).toBe(VACANCY);
    expect(slate(planOf([acting(), course(null, '2027-08-31')])).readyBy).toBe('2027-08-31');
    const withRotation = planOf([acting()]);
    withRotation.rotations.push({ id: 'rot-1', personId: 'ana', hostId: 'data-hub', start: '2027-04-01', end: '2027-09-30', status: 'planned', objectives: ['financial-acumen'], mentorId: null, cost: null, feedback: [] });
    expect(slate(withRotation)).toMatchObject({ readyBy: '2027-09-30', inTime: false });
  });

  it('a thread gap with no planned evidence leaves no ready date, though the side months come, and raises readiness-unplanned-evidence', () => {
    const plan = planOf([acting()]);
    expect(slate(plan)).toMatchObject({ exposureReadyBy: VACANCY, readyBy: null, inTime: false, unplanned: [{ threadId: 'financial-acumen', level: 4 }] });
    const [flag] = flagsOf(plan, 'readiness-unplanned-evidence');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'cso', personId: 'ana' });
    expect(flag.message).toBe('Ana Silva is marked ready in 1–2 years for Chief Service Officer, but falls short of Financial Acumen 4 and nothing planned would show it.');
    // readiness-out-of-reach keeps judging the side months, which come in time.
    expect(flagsOf(plan, 'readiness-out-of-reach')).toEqual([]);
    // Planned evidence clears it; evidence before asOf does not count as planned.
    expect(flagsOf(planOf([acting(), course(VACANCY)]), 'readiness-unplanned-evidence')).toEqual([]);
    expect(flagsOf(planOf([acting(), { ...course('2026-12-31'), start: '2026-10-01', end: '2026-12-31', status: 'completed' }]), 'readiness-unplanned-evidence')).toHaveLength(1);
  });

  it('a successor at 100 % fit is ready on asOf, whatever else is planned', () => {
    const ready = [{ id: 'ana', name: 'Ana Silva', experience: [{ domain: 'sales', start: '2020-01-01', end: '2022-12-31' }], assessments: [assessed('financial-acumen', 4, '2026-06-01')] }];
    expect(slate(planOf([course('2027-05-31')], ready))).toMatchObject({ readyBy: '2027-01-01', exposureReadyBy: '2027-01-01', inTime: true, awaiting: [] });
  });
});

describe('evidence-overdue (§9.3)', () => {
  const done = (end: string, extra: Partial<ActionInput> = {}): ActionInput => ({ ...course(null, end), start: '2026-06-01', status: 'completed', ...extra });

  it('is not raised while the grace period ends on asOf, and is raised once it ended the day before', () => {
    // Evidence day 2026-11-01 + 2 months = 2027-01-01 = asOf: not before asOf.
    expect(flagsOf(planOf([done('2026-11-01')]), 'evidence-overdue')).toEqual([]);
    const [flag] = flagsOf(planOf([done('2026-10-31')]), 'evidence-overdue');
    expect(flag).toMatchObject({ severity: 'info', personId: 'ana' });
    expect(flag.message).toBe('Ana Silva finished course “Finance for leaders” (evidence due 2026-10-31), but has no assessment of Financial Acumen since.');
  });

  it('reads evidenceDue before the end, and the policy’s grace', () => {
    expect(flagsOf(planOf([done('2026-12-31', { evidenceDue: '2026-10-15' })]), 'evidence-overdue')).toHaveLength(1);
    const graceful = planOf([done('2026-10-31')]);
    graceful.framework.policy.evidenceGraceMonths = 3;
    expect(flagsOf(graceful, 'evidence-overdue')).toEqual([]);
  });

  it('is cleared by an assessment of the thread dated on or after the action’s start, not by an older one', () => {
    const withAssessment = (date: string) => planOf([done('2026-10-31')], [{ id: 'ana', name: 'Ana Silva', assessments: [assessed('financial-acumen', 3, date)] } as never]);
    expect(flagsOf(withAssessment('2026-06-01'), 'evidence-overdue')).toEqual([]);
    expect(flagsOf(withAssessment('2026-05-31'), 'evidence-overdue')).toHaveLength(1);
  });

  it('names a completed rotation with objectives too, one flag per person', () => {
    const plan = planWith({
      people: [{ id: 'ana', name: 'Ana Silva' }],
      rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2026-01-01', end: '2026-06-30', status: 'completed', objectives: ['customer-success'] }],
      actions: [done('2026-10-31')],
    });
    const flags = flagsOf(plan, 'evidence-overdue');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toBe('Ana Silva finished the rotation at Sales hub (ended 2026-06-30) and course “Finance for leaders” (evidence due 2026-10-31), but has no assessment of Customer Success for Value Delivery and Financial Acumen since.');
  });
});
