import { describe, expect, it } from 'vitest';
import { analyzePlan, developmentPath, developmentPaths } from '../analysis';
import type { Plan } from '../plan/schema';
import { assessed, hubOf, planWith, worked, type PersonInput, type PlanParts, type RoleInput } from '../testing/plan-builder';
import { rotationEnd } from './rotation-slot';

const pathOf = (plan: Plan, personId = 'ana', roleId = 'hod') => developmentPath(plan, analyzePlan(plan), personId, roleId)!;
const ana: PersonInput = { id: 'ana', name: 'Ana Lima', homeDomain: 'sales' };
const backRole = (backMonths: number, extra: Partial<RoleInput> = {}): RoleInput => ({ id: 'hod', title: 'Head of Delivery', requirements: { backMonths }, successors: [{ personId: 'ana' }], ...extra });
const with_ = (parts: PlanParts) => planWith({ people: [ana], ...parts });
const sideOf = new Map(planWith().framework.domains.map((d) => [d.id, d.side]));

describe('development paths', () => {
  it('fill the missing side with one rotation as long as the months missing, from the first of the month on or after asOf', () => {
    const path = pathOf(with_({ roles: [backRole(9)] }));
    expect(path.steps).toHaveLength(1);
    const [step] = path.steps;
    expect(sideOf.get(step.domain)).toBe('back');
    expect(step).toMatchObject({ start: '2027-01-01', end: '2027-09-30', closes: ['Back-side exposure reaches 9 months'], narrows: [], fitAfter: 1, endsAfterVacancy: false });
    expect(path).toMatchObject({ readyBy: '2027-09-30', inTime: null, reason: 'This path makes Ana Lima ready for Head of Delivery by Sep 2027.' });
  });

  it('split what is longer than the maximum into steps that narrow, then close the gap', () => {
    const { steps, readyBy } = pathOf(with_({ roles: [backRole(18)] }));
    expect(steps.map((s) => [s.start, s.end])).toEqual([
      ['2027-01-01', '2027-12-31'],
      ['2028-01-01', '2028-06-30'],
    ]);
    expect(steps[0].narrows).toEqual(['Back-side exposure: 12 of 18 months, 6 months left']);
    expect(steps[0].closes).toEqual([]);
    expect(steps[1].closes).toEqual(['Back-side exposure reaches 18 months']);
    expect(steps.map((s) => s.fitAfter)).toEqual([0.5, 1]);
    expect(readyBy).toBe('2028-06-30');
  });

  it('say in one sentence when no path is in time, with the months missing, and offer who meets the side months now', () => {
    const plan = with_({
      people: [ana, { id: 'ben', name: 'Ben Okafor', experience: [worked('engineering', '2024-01-01', '2025-12-31')] }],
      roles: [backRole(18, { expectedVacancy: '2027-04-30' })],
    });
    const path = pathOf(plan);
    expect(path.inTime).toBe(false);
    expect(path.reason).toBe('Ana Lima cannot be ready for Head of Delivery by its expected vacancy on 2027-04-30: even the quickest path leaves 14 months of back-side exposure missing by then.');
    expect(path.monthsMissingAtVacancy).toBe(14);
    expect(path.steps.every((s) => s.endsAfterVacancy)).toBe(true);
    expect(path.alternatives).toEqual(['ben']);
  });

  it('is in time when the path ends on the vacancy day', () => {
    const path = pathOf(with_({ roles: [backRole(6, { expectedVacancy: '2027-06-30' })] }));
    expect(path).toMatchObject({ readyBy: '2027-06-30', inTime: true });
    expect(path.reason).toBe('This path makes Ana Lima ready for Head of Delivery by Jun 2027, in time for the vacancy on 2027-06-30.');
  });

  it('prefer, among equally early hosts, the domain that develops the thread gaps, and list those as needing assessment evidence', () => {
    const role = backRole(6, { requirements: { backMonths: 6, threads: { 'financial-acumen': 3, innovation: 3 } } });
    const [first, ...rest] = pathOf(with_({ roles: [role] })).steps;
    expect(first).toMatchObject({ domain: 'data', hostId: hubOf('data'), objectives: ['financial-acumen', 'innovation'] });
    expect(first.needsEvidence).toEqual(['Financial Acumen: unassessed, level 3 required', 'Innovation for Streamlined Operations: unassessed, level 3 required']);
    expect(first.fitAfter).toBe(0.5);
    expect(rest).toEqual([]);
  });

  it('add a step for thread gaps no rotation targets, but not one that would end after the vacancy', () => {
    const person: PersonInput = { ...ana, assessments: [assessed('customer-success', 2, '2026-10-01')] };
    const role: RoleInput = { id: 'hod', requirements: { threads: { 'customer-success': 4 } }, successors: [{ personId: 'ana' }] };
    const [step] = pathOf(planWith({ people: [person], roles: [role] })).steps;
    expect(step).toMatchObject({ domain: 'sales', objectives: ['customer-success'], closes: [], narrows: [], needsEvidence: ['Customer Success for Value Delivery: level 2 of 4'] });
    const late = pathOf(planWith({ people: [person], roles: [{ ...role, expectedVacancy: '2027-03-31' }] }));
    expect(late.steps).toEqual([]);
    expect(late.reason).toContain('the remaining gaps are thread levels, which need assessment evidence');
  });

  it('start after the person’s own rotations and keep the host within capacity', () => {
    const plan = with_({
      people: [ana, { id: 'ben' }],
      hosts: [
        { id: 'dl', name: 'Data Lab', domain: 'data', capacity: 1 },
        { id: 'pod', name: 'Sales pod', domain: 'sales', capacity: 3 },
      ],
      rotations: [
        { personId: 'ana', hostId: 'pod', start: '2027-01-01', end: '2027-02-28' },
        { personId: 'ben', hostId: 'dl', start: '2026-12-01', end: '2027-04-15' },
      ],
      roles: [backRole(6)],
    });
    expect(pathOf(plan).steps[0]).toMatchObject({ hostId: 'dl', start: '2027-05-01', end: '2027-10-31' });
  });

  it('start on the first of the next month when asOf is mid-month, and last at least the policy minimum', () => {
    const [step] = pathOf(with_({ asOf: '2027-01-15', roles: [backRole(2)] })).steps;
    expect(step).toMatchObject({ start: '2027-02-01', end: '2027-04-30' });
  });

  it('count rotations already planned toward a side', () => {
    const plan = with_({ roles: [backRole(12)], rotations: [{ personId: 'ana', hostId: hubOf('security'), start: '2027-03-01', end: '2028-02-29' }] });
    const path = pathOf(plan);
    expect(path.steps).toEqual([]);
    expect(path).toMatchObject({ readyBy: '2028-02-29', reason: 'The rotations already planned make Ana Lima ready for Head of Delivery by Feb 2028.' });
  });

  it('stop at three steps and say what is still missing', () => {
    const path = pathOf(with_({ roles: [backRole(48)] }));
    expect(path.steps).toHaveLength(3);
    expect(path.readyBy).toBeNull();
    expect(path.reason).toBe('Even these 3 rotations leave Ana Lima 12 months of back-side exposure short of what Head of Delivery needs.');
  });

  it('are empty for a linear-track person and for one who meets every requirement', () => {
    expect(pathOf(planWith({ people: [{ ...ana, track: 'linear' }], roles: [backRole(6)] })).reason).toContain('is on the linear track');
    const ready = pathOf(planWith({ people: [{ ...ana, experience: [worked('data', '2025-01-01', '2025-12-31')] }], roles: [backRole(6)] }));
    expect(ready.steps).toEqual([]);
    expect(ready.reason).toBe('Ana Lima meets every requirement of Head of Delivery: confirm them as ready now in the talent review.');
  });

  it('come for every role on the person’s slates, the most critical first', () => {
    const plan = with_({
      roles: [
        { id: 'later', vacancyRisk: 'low', requirements: { threads: { 'customer-success': 3 } }, successors: [{ personId: 'ana' }] },
        { id: 'urgent', vacancyRisk: 'high', requirements: { backMonths: 6 }, successors: [{ personId: 'ana' }] },
      ],
    });
    expect(developmentPaths(plan, analyzePlan(plan), 'ana').map((p) => p.roleId)).toEqual(['urgent', 'later']);
  });

  it('end a rotation of whole or fractional months on the right day', () => {
    expect(rotationEnd('2027-01-01', 6)).toBe('2027-06-30');
    expect(rotationEnd('2027-01-01', 4.5)).toBe('2027-05-15');
  });
});
