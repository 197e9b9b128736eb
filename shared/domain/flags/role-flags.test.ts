import { describe, expect, it } from 'vitest';
import { flagsOf } from '../testing/flag-helpers';
import { planWith, worked, type PersonInput, type RoleInput } from '../testing/plan-builder';

const people: PersonInput[] = [
  { id: 'ana', name: 'Ana Lima' },
  { id: 'ben', name: 'Ben Okafor' },
];
const plan = (roles: RoleInput[], more: PersonInput[] = []) => planWith({ people: [...people, ...more], roles });

describe('role-no-ready-successor', () => {
  it('is raised when no successor is ready now, naming the role', () => {
    const [flag] = flagsOf(plan([{ id: 'cso', title: 'Chief Service Officer', successors: [{ personId: 'ana', readiness: 'ready-1-2-years' }] }]), 'role-no-ready-successor');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'cso' });
    expect(flag.message).toContain('Chief Service Officer');
    expect(flag.action).toContain('Ana Lima');
  });

  it('is not raised when a successor is ready now', () => {
    expect(flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana', readiness: 'ready-now' }] }]), 'role-no-ready-successor')).toEqual([]);
  });

  it('is critical when the vacancy risk is high', () => {
    expect(flagsOf(plan([{ id: 'cso', vacancyRisk: 'high' }]), 'role-no-ready-successor')[0].severity).toBe('critical');
  });

  it('is critical when the expected vacancy is on or before asOf + the vacancy horizon, else a warning', () => {
    // asOf 2027-01-01 + 12 months = 2028-01-01
    expect(flagsOf(plan([{ id: 'cso', expectedVacancy: '2028-01-01' }]), 'role-no-ready-successor')[0].severity).toBe('critical');
    expect(flagsOf(plan([{ id: 'cso', expectedVacancy: '2026-06-01' }]), 'role-no-ready-successor')[0].severity).toBe('critical');
    expect(flagsOf(plan([{ id: 'cso', expectedVacancy: '2028-01-02' }]), 'role-no-ready-successor')[0].severity).toBe('warning');
  });

  it('does not count an archived ready-now successor, and ignores retired roles', () => {
    const archived = plan([{ id: 'cso', successors: [{ personId: 'cleo', readiness: 'ready-now' }] }], [{ id: 'cleo', archived: true }]);
    expect(flagsOf(archived, 'role-no-ready-successor')).toHaveLength(1);
    expect(flagsOf(plan([{ id: 'cso', retired: true }]), 'role-no-ready-successor')).toEqual([]);
  });
});

describe('role-thin-bench', () => {
  it('is a warning when there are fewer successors than minSuccessorsPerRole', () => {
    const [flag] = flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana' }] }]), 'role-thin-bench');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'cso' });
    expect(flag.message).toMatch(/1 successor\b.*at least 2/);
  });

  it('is not raised at exactly the minimum', () => {
    expect(flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana' }, { personId: 'ben' }] }]), 'role-thin-bench')).toEqual([]);
  });

  it('follows the policy, and counts a person listed twice once', () => {
    const strict = planWith({ people, policy: { minSuccessorsPerRole: 3 }, roles: [{ id: 'cso', successors: [{ personId: 'ana' }, { personId: 'ben' }] }] });
    expect(flagsOf(strict, 'role-thin-bench')).toHaveLength(1);
    expect(flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana' }, { personId: 'ana' }] }]), 'role-thin-bench')).toHaveLength(1);
  });
});

describe('role-single-sided-bench', () => {
  const braided = { id: 'cleo', experience: [worked('sales', '2025-01-01', '2025-06-30'), worked('data', '2025-07-01', '2025-12-31')] };
  const joint: RoleInput = { id: 'hod', title: 'Head of Delivery', domains: ['delivery', 'engineering'] };

  it('is raised when a role spanning both sides has no successor with braidMinMonths on both sides', () => {
    const [flag] = flagsOf(plan([{ ...joint, successors: [{ personId: 'ana' }] }]), 'role-single-sided-bench');
    expect(flag).toMatchObject({ severity: 'warning', roleId: 'hod' });
    expect(flag.message).toContain('Head of Delivery');
  });

  it('is not raised when one successor has the months on both sides (exactly 6 is enough)', () => {
    expect(flagsOf(plan([{ ...joint, successors: [{ personId: 'ana' }, { personId: 'cleo' }] }], [braided]), 'role-single-sided-bench')).toEqual([]);
  });

  it('is not raised for a one-sided role, nor for an empty slate', () => {
    expect(flagsOf(plan([{ id: 'sales-lead', domains: ['sales'], successors: [{ personId: 'ana' }] }]), 'role-single-sided-bench')).toEqual([]);
    expect(flagsOf(plan([joint]), 'role-single-sided-bench')).toEqual([]);
  });

  it('counts a role asking for months on both sides as spanning them', () => {
    const role: RoleInput = { id: 'r', domains: ['sales'], requirements: { frontMonths: 1, backMonths: 1 }, successors: [{ personId: 'ana' }] };
    expect(flagsOf(plan([role]), 'role-single-sided-bench')).toHaveLength(1);
  });
});

describe('role-no-emergency-cover', () => {
  it('is info when no successor is marked emergency, the empty slate included', () => {
    expect(flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana' }] }]), 'role-no-emergency-cover')[0]).toMatchObject({ severity: 'info', roleId: 'cso' });
    expect(flagsOf(plan([{ id: 'cso' }]), 'role-no-emergency-cover')).toHaveLength(1);
  });

  it('is not raised when a successor is emergency cover', () => {
    expect(flagsOf(plan([{ id: 'cso', successors: [{ personId: 'ana', emergency: true }] }]), 'role-no-emergency-cover')).toEqual([]);
  });
});
