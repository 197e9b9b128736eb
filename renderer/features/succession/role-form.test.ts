import { describe, expect, it } from 'vitest';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { emptyRole, newRoleId, roleFormErrors, roleFormOf, roleOf } from './role-form';

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana' }, { id: 'ben', name: 'Ben' }],
  roles: [{ id: 'head-of-delivery', title: 'Head of Delivery', domains: ['delivery'], successors: [{ personId: 'ben' }], requirements: { threads: { innovation: 3 }, frontMonths: 12 } }],
});
const role = plan.roles[0];

describe('the role form', () => {
  it('round-trips a role, keeping its successors and turning text back into numbers', () => {
    const form = roleFormOf(role);
    expect(form.threads).toEqual({ innovation: '3' });
    const edited = roleOf({ ...form, threads: { innovation: '', 'financial-acumen': '4' }, backMonths: '6', expectedVacancy: '2027-09-30' }, role);
    expect(edited.requirements).toEqual({ threads: { 'financial-acumen': 4 }, frontMonths: 12, backMonths: 6 });
    expect(edited.expectedVacancy).toBe('2027-09-30');
    expect(edited.successors).toBe(role.successors);
  });

  it('names the field and the value of each problem', () => {
    const errors = roleFormErrors({ ...roleFormOf(role), title: ' ', domains: [], expectedVacancy: '2027-02-30', frontMonths: '-2', backMonths: 'six' }, plan, role);
    expect(errors.title).toMatch(/^Title/);
    expect(errors.domains).toMatch(/^Domains/);
    expect(errors.expectedVacancy).toBe('Expected vacancy: "2027-02-30" is not a date.');
    expect(errors.frontMonths).toBe('Client-facing months: "-2" is not a number of months (0 or more).');
    expect(errors.backMonths).toBe('Technical months: "six" is not a number of months (0 or more).');
  });

  it('refuses a successor of the role as its incumbent', () => {
    expect(roleFormErrors({ ...roleFormOf(role), incumbentId: 'ben' }, plan, role).incumbentId).toMatch(/Ben is on this role's successor slate/);
    expect(roleFormErrors({ ...roleFormOf(role), incumbentId: 'ana' }, plan, role)).toEqual({});
  });

  it('makes readable ids that no other role uses', () => {
    expect(newRoleId(plan, 'Head of Delivery')).toBe('head-of-delivery-2');
    expect(newRoleId(plan, 'Chief Service Officer')).toBe('chief-service-officer');
    expect(newRoleId(plan, '王芳')).toBe('role');
    expect(emptyRole('x').successors).toEqual([]);
  });
});
