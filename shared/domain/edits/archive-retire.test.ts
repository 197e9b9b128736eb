import { describe, expect, it } from 'vitest';
import { planWith } from '../testing/plan-builder';
import { applyEdit } from '.';

describe('archiving a person and retiring a role', () => {
  const plan = planWith({ people: [{ id: 'ana' }, { id: 'ben' }], roles: [{ id: 'cso' }, { id: 'cto' }] });

  it('marks only the one named', () => {
    const archived = applyEdit(plan, 'person:archive', { personId: 'ana', archived: true });
    expect(archived.people.map((p) => p.archived)).toEqual([true, undefined]);
    const retired = applyEdit(plan, 'role:retire', { roleId: 'cto', retired: true });
    expect(retired.roles.map((r) => r.retired)).toEqual([undefined, true]);
  });

  it('taking it back leaves the record as it was, with no "false" written into the plan file', () => {
    const back = applyEdit(applyEdit(plan, 'person:archive', { personId: 'ana', archived: true }), 'person:archive', { personId: 'ana', archived: false });
    expect(back.people[0]).toEqual(plan.people[0]);
    expect('archived' in back.people[0]).toBe(false);
    const restored = applyEdit(applyEdit(plan, 'role:retire', { roleId: 'cso', retired: true }), 'role:retire', { roleId: 'cso', retired: false });
    expect(restored.roles[0]).toEqual(plan.roles[0]);
    expect('retired' in restored.roles[0]).toBe(false);
  });

  it('refuses someone who is not in the plan, naming them', () => {
    expect(() => applyEdit(plan, 'person:archive', { personId: 'zoe', archived: true })).toThrow('Person zoe is not in the plan');
  });
});
