import { describe, expect, it } from 'vitest';
import { flagsOf } from '../testing/flag-helpers';
import { assessed, planWith, worked, type RoleInput } from '../testing/plan-builder';

describe('successor-not-ready', () => {
  const cso: RoleInput = {
    id: 'cso',
    title: 'Chief Service Officer',
    requirements: { threads: { 'financial-acumen': 4 }, frontMonths: 6 },
    successors: [{ personId: 'p1', readiness: 'ready-now' }],
  };

  it('is raised for a ready-now successor whose fit is below 100 %, listing the gaps by name', () => {
    const plan = planWith({ people: [{ id: 'p1', name: 'Zoë Łukasiewicz', assessments: [assessed('financial-acumen', 2, '2026-06-01')] }], roles: [cso] });
    const [flag] = flagsOf(plan, 'successor-not-ready');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'cso', personId: 'p1' });
    expect(flag.message).toContain('Zoë Łukasiewicz');
    expect(flag.message).toContain('Chief Service Officer');
    expect(flag.message).toContain('Financial Acumen: level 2 of 4');
    expect(flag.message).toContain('Front-side exposure: 0 of 6 months');
    expect(flag.message).not.toContain('p1');
  });

  it('is not raised when the ready-now successor meets every requirement', () => {
    const plan = planWith({
      people: [{ id: 'p1', experience: [worked('sales', '2026-07-01', '2026-12-31')], assessments: [assessed('financial-acumen', 4, '2026-06-01')] }],
      roles: [cso],
    });
    expect(flagsOf(plan, 'successor-not-ready')).toEqual([]);
  });

  it('is not raised for a successor not marked ready now', () => {
    const plan = planWith({ people: [{ id: 'p1' }], roles: [{ ...cso, successors: [{ personId: 'p1', readiness: 'ready-1-2-years' }] }] });
    expect(flagsOf(plan, 'successor-not-ready')).toEqual([]);
  });
});

describe('successor-overcommitted', () => {
  const roles = (n: number, extra: Partial<RoleInput> = {}): RoleInput[] =>
    Array.from({ length: n }, (_, i) => ({ id: `r${i}`, successors: [{ personId: 'ana' }], ...extra }));

  it('is raised for a successor on more than maxSuccessorSlotsPerPerson roles', () => {
    const [flag] = flagsOf(planWith({ people: [{ id: 'ana' }], roles: roles(4) }), 'successor-overcommitted');
    expect(flag).toMatchObject({ severity: 'warning', personId: 'ana' });
    expect(flag.roleId).toBeUndefined();
    expect(flag.message).toMatch(/4 roles.*allows 3/);
  });

  it('is not raised at exactly the maximum, and retired roles do not count', () => {
    expect(flagsOf(planWith({ people: [{ id: 'ana' }], roles: roles(3) }), 'successor-overcommitted')).toEqual([]);
    const withRetired = [...roles(3), { id: 'old', retired: true, successors: [{ personId: 'ana' }] }];
    expect(flagsOf(planWith({ people: [{ id: 'ana' }], roles: withRetired }), 'successor-overcommitted')).toEqual([]);
  });
});

describe('successor-flight-risk', () => {
  it('is raised per role for a successor with a high flight risk', () => {
    const plan = planWith({
      people: [{ id: 'ana', flightRisk: 'high' }],
      roles: [
        { id: 'a', successors: [{ personId: 'ana' }] },
        { id: 'b', successors: [{ personId: 'ana' }] },
      ],
    });
    expect(flagsOf(plan, 'successor-flight-risk').map((f) => [f.roleId, f.personId, f.severity])).toEqual([
      ['a', 'ana', 'warning'],
      ['b', 'ana', 'warning'],
    ]);
  });

  it('is not raised for a medium flight risk', () => {
    const plan = planWith({ people: [{ id: 'ana', flightRisk: 'medium' }], roles: [{ id: 'a', successors: [{ personId: 'ana' }] }] });
    expect(flagsOf(plan, 'successor-flight-risk')).toEqual([]);
  });
});

describe('successor-linear-gap', () => {
  const role: RoleInput = { id: 'hod', requirements: { backMonths: 6 }, successors: [{ personId: 'ana' }] };

  it('is info for a linear-track successor short of the months a side requires', () => {
    const plan = planWith({ people: [{ id: 'ana', track: 'linear', homeDomain: 'sales', experience: [worked('data', '2026-10-01', '2026-12-31')] }], roles: [role] });
    const [flag] = flagsOf(plan, 'successor-linear-gap');
    expect(flag).toMatchObject({ severity: 'info', roleId: 'hod', personId: 'ana' });
    expect(flag.message).toContain('3 months of the 6 months on the back side');
  });

  it('is not raised for a braided successor, nor for a linear one who has the months', () => {
    expect(flagsOf(planWith({ people: [{ id: 'ana' }], roles: [role] }), 'successor-linear-gap')).toEqual([]);
    const enough = planWith({ people: [{ id: 'ana', track: 'linear', experience: [worked('data', '2026-07-01', '2026-12-31')] }], roles: [role] });
    expect(flagsOf(enough, 'successor-linear-gap')).toEqual([]);
  });
});
