import { describe, expect, it } from 'vitest';
import { analyzePlan, suggestRotations } from '../analysis';
import type { Plan } from '../plan/schema';
import { assessed, hubOf, planWith, type PersonInput, type PlanParts, type RoleInput } from '../testing/plan-builder';
import { rotationEnd } from './rotation-slot';

const suggest = (plan: Plan, personId = 'ana', roleId?: string) => suggestRotations(plan, analyzePlan(plan), personId, roleId);
const salesPerson: PersonInput = { id: 'ana', name: 'Ana Lima', homeDomain: 'sales' };
const backRole: RoleInput = { id: 'hod', requirements: { backMonths: 12 }, successors: [{ personId: 'ana' }] };
const with_ = (parts: PlanParts) => planWith({ people: [salesPerson], ...parts });

describe('suggested rotations', () => {
  it('fill a missing side first, from the first of the month on or after asOf, lasting defaultRotationMonths', () => {
    const suggestions = suggest(with_({ roles: [backRole] }));
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0]).toMatchObject({ personId: 'ana', roleId: 'hod', start: '2027-01-01', end: '2027-06-30' });
    expect(suggestions[1]).toMatchObject({ start: '2027-07-01', end: '2027-12-31' });
    const domains = new Map(planWith().framework.domains.map((d) => [d.id, d.side]));
    for (const s of suggestions) expect(domains.get(s.domain)).toBe('back');
    expect(suggestions[0].closes[0]).toMatch(/^Back-side exposure: 0 of 12 months/);
  });

  it('prefer the domain of the missing side that develops the thread shortfalls', () => {
    const role: RoleInput = { ...backRole, requirements: { backMonths: 6, threads: { 'financial-acumen': 3, innovation: 3 } } };
    const [first, ...rest] = suggest(with_({ roles: [role] }));
    expect(first).toMatchObject({ domain: 'data', hostId: hubOf('data') });
    expect(first.objectives).toEqual(['financial-acumen', 'innovation']);
    expect(first.closes).toEqual(['Back-side exposure: 0 of 6 months', 'Financial Acumen: unassessed, level 3 required', 'Innovation for Streamlined Operations: unassessed, level 3 required']);
    expect(rest).toEqual([]);
  });

  it('then cover thread shortfalls with domains that develop them', () => {
    const person: PersonInput = { ...salesPerson, assessments: [assessed('customer-success', 2, '2026-10-01')] };
    const role: RoleInput = { id: 'cso', requirements: { threads: { 'customer-success': 4, 'recovery-growth': 3 } }, successors: [{ personId: 'ana' }] };
    const suggestions = suggest(planWith({ people: [person], roles: [role] }));
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ domain: 'customer-success', objectives: ['customer-success', 'recovery-growth'] });
    expect(suggestions[0].closes).toContain('Customer Success for Value Delivery: level 2 of 4');
  });

  it('start after the person’s own rotations and keep the host within capacity', () => {
    const plan = with_({
      people: [salesPerson, { id: 'ben' }],
      hosts: [
        { id: 'dl', name: 'Data Lab', domain: 'data', capacity: 1 },
        { id: 'pod', name: 'Sales pod', domain: 'sales', capacity: 3 },
      ],
      rotations: [
        { personId: 'ana', hostId: 'pod', start: '2027-01-01', end: '2027-02-28' },
        { personId: 'ben', hostId: 'dl', start: '2026-12-01', end: '2027-04-15' },
      ],
      roles: [{ ...backRole, requirements: { backMonths: 6 } }],
    });
    const [suggestion] = suggest(plan);
    expect(suggestion).toMatchObject({ hostId: 'dl', start: '2027-05-01', end: '2027-10-31' });
  });

  it('start on the first of the next month when asOf is mid-month', () => {
    const [suggestion] = suggest(with_({ asOf: '2027-01-15', roles: [backRole] }));
    expect(suggestion.start).toBe('2027-02-01');
  });

  it('count rotations already planned toward a side', () => {
    const plan = with_({ roles: [backRole], rotations: [{ personId: 'ana', hostId: hubOf('security'), start: '2027-03-01', end: '2028-02-29' }] });
    expect(suggest(plan)).toEqual([]);
  });

  it('take the most critical role first when no role is named, and only the named role otherwise', () => {
    const plan = with_({
      roles: [
        { id: 'later', vacancyRisk: 'low', requirements: { threads: { 'customer-success': 3 } }, successors: [{ personId: 'ana' }] },
        { id: 'urgent', vacancyRisk: 'high', requirements: { backMonths: 6 }, successors: [{ personId: 'ana' }] },
      ],
    });
    expect(suggest(plan).map((s) => s.roleId)).toEqual(['urgent', 'later']);
    expect(suggest(plan, 'ana', 'later').map((s) => s.roleId)).toEqual(['later']);
  });

  it('are none for a linear-track or archived person, or without gaps', () => {
    expect(suggest(planWith({ people: [{ ...salesPerson, track: 'linear' }], roles: [backRole] }))).toEqual([]);
    expect(suggest(planWith({ people: [{ ...salesPerson, archived: true }], roles: [backRole] }))).toEqual([]);
    expect(suggest(with_({ roles: [{ id: 'easy', successors: [{ personId: 'ana' }] }] }))).toEqual([]);
  });

  it('last defaultRotationMonths, whole or not', () => {
    expect(rotationEnd('2027-01-01', 6)).toBe('2027-06-30');
    expect(rotationEnd('2027-01-01', 4.5)).toBe('2027-05-15');
    const suggestions = suggest(with_({ policy: { defaultRotationMonths: 4 }, roles: [{ ...backRole, requirements: { backMonths: 6 } }] }));
    expect(suggestions.map((s) => [s.start, s.end])).toEqual([
      ['2027-01-01', '2027-04-30'],
      ['2027-05-01', '2027-08-31'],
    ]);
  });
});
