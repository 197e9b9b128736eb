import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edits';
import { validatePlan } from '../plan/validate';
import { whatIfPlan } from '../../../tests/helpers/whatif-fixture';
import { promoteScenario } from './promote';
import { leaveOn, slipRotation } from './what-ifs';

describe('promoteScenario: a three-way merge by item', () => {
  it('applies the scenario’s changes to a plan that changed elsewhere since, keeping both', () => {
    const base = whatIfPlan();
    const scenario = leaveOn(base, { personId: 'P3', on: '2027-02-01' });
    // Meanwhile in the plan: a new host and an assessment for Анна.
    let current = applyEdit(base, 'host:save', { host: { id: 'H3', name: 'Data Lab', domain: 'data', capacity: 1 } });
    current = applyEdit(current, 'assessment:add', { personId: 'P1', assessment: { thread: 'innovation', level: 5, date: '2026-12-01', source: 'manager' } });
    const result = promoteScenario(base, scenario, current);
    if (!result.ok) throw new Error(JSON.stringify(result.conflicts));
    expect(result.plan.hosts.map((h) => h.id)).toEqual(['H1', 'H2', 'H3']);
    expect(result.plan.people.find((p) => p.id === 'P1')!.assessments).toHaveLength(5);
    expect(result.plan.people.find((p) => p.id === 'P3')!.archived).toBe(true);
    expect(result.plan.roles.find((r) => r.id === 'R1')!.successors.map((s) => s.personId)).toEqual(['P2']);
    expect(validatePlan(result.plan).ok).toBe(true);
  });

  it('refuses when the plan changed an item the scenario changed too, naming each such item', () => {
    const base = whatIfPlan();
    const scenario = slipRotation(leaveOn(base, { personId: 'P3', on: '2027-02-01' }), { rotationId: 'T2', months: 3 });
    let current = applyEdit(base, 'rotation:move', { rotationId: 'T2', start: '2027-11-01', end: '2028-04-30' });
    current = applyEdit(current, 'successor:update', { roleId: 'R1', personId: 'P3', emergency: false });
    const result = promoteScenario(base, scenario, current);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflicts.map((c) => c.label)).toEqual(['Rotation T2 (王芳)', 'Role Chief Technology Officer (R1)']);
  });

  it('an item both changed the same way is no conflict, and an untouched scenario changes nothing', () => {
    const base = whatIfPlan();
    const scenario = slipRotation(base, { rotationId: 'T2', months: 3 });
    const current = slipRotation(base, { rotationId: 'T2', months: 3 });
    const result = promoteScenario(base, scenario, current);
    expect(result).toMatchObject({ ok: true, changedItems: 0 });
    expect(promoteScenario(base, base, current)).toMatchObject({ ok: true, changedItems: 0, plan: current });
  });
});
