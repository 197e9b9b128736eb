import { describe, expect, it } from 'vitest';
import { assessed, planWith } from '../testing/plan-builder';
import { validatePlan } from '../plan/validate';
import { auditChanges } from '../audit/plan-diff';
import { applyEdit, EditError } from '.';

describe('development action edits', () => {
  const base = planWith({
    people: [{ id: 'ana', name: 'Ana Silva' }, { id: 'ben', name: 'Ben Okafor' }],
    roles: [{ id: 'cso', title: 'Chief Service Officer', domains: ['delivery'] }],
    actions: [{ personId: 'ana', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30', ownerId: 'ben', cost: 1200 }],
  });
  const course = base.actions![0];

  it('adds an action, and saving it again changes it in place', () => {
    const acting = { ...course, id: 'act-2', kind: 'acting-role' as const, title: 'Acting CSO', roleId: 'cso', threads: ['customer-success', 'recovery-growth'] };
    const added = applyEdit(base, 'action:save', { action: acting });
    expect(added.actions!.map((a) => a.id)).toEqual(['act-1', 'act-2']);
    expect(validatePlan(added).ok).toBe(true);
    const renamed = applyEdit(added, 'action:save', { action: { ...acting, title: 'Acting Chief Service Officer' } });
    expect(renamed.actions!.map((a) => a.title)).toEqual(['Finance for leaders', 'Acting Chief Service Officer']);
  });

  it('gives a plan that had no actions list its first action', () => {
    const { actions: _none, ...bare } = base;
    const added = applyEdit(bare, 'action:save', { action: course });
    expect(added.actions).toEqual([course]);
  });

  it('completes an action on the day it really ended and records its evidence in the same step', () => {
    const evidence = assessed('financial-acumen', 4, '2027-04-20');
    const done = applyEdit(base, 'action:complete', { actionId: 'act-1', end: '2027-04-15', evidence: [evidence] });
    expect(done.actions![0]).toMatchObject({ status: 'completed', end: '2027-04-15' });
    expect(done.people[0].assessments).toEqual([evidence]);
    expect(done.people[1]).toBe(base.people[1]);
    expect(base.actions![0].status).toBe('planned');
  });

  it('refuses evidence of a thread the action does not develop, or dated before it started, and a completion before the start', () => {
    expect(() => applyEdit(base, 'action:complete', { actionId: 'act-1', evidence: [assessed('innovation', 4, '2027-04-20')] })).toThrow(/does not develop innovation/);
    expect(() => applyEdit(base, 'action:complete', { actionId: 'act-1', evidence: [assessed('financial-acumen', 4, '2027-01-20')] })).toThrow(/dated 2027-01-20 is before the action started \(2027-02-01\)/);
    expect(() => applyEdit(base, 'action:complete', { actionId: 'act-1', end: '2027-01-31' })).toThrow(EditError);
  });

  it('cancels an action, and will not complete a cancelled one', () => {
    const cancelled = applyEdit(base, 'action:cancel', { actionId: 'act-1' });
    expect(cancelled.actions![0].status).toBe('cancelled');
    expect(() => applyEdit(cancelled, 'action:complete', { actionId: 'act-1' })).toThrow(/was cancelled/);
    expect(() => applyEdit(base, 'action:cancel', { actionId: 'act-9' })).toThrow(/Development action act-9 is not in the plan/);
  });

  it('writes each change to the audit trail, naming the person, the action and what changed', () => {
    const created = applyEdit(base, 'action:save', { action: { ...course, id: 'act-2', title: 'Coaching on recovery', kind: 'coaching', threads: ['recovery-growth'], cost: null } });
    expect(auditChanges(base, created, 'Save development action')).toEqual([
      {
        area: 'action',
        action: 'Save development action',
        summary: 'Coaching “Coaching on recovery” of Ana Silva planned',
        personIds: ['ana'],
        roleIds: [],
        rotationIds: [],
        names: ['Ana Silva'],
        before: null,
        after: '2027-02-01 to 2027-04-30, planned; coaching “Coaching on recovery”, threads Recovery & Growth, owner Ben Okafor',
      },
    ]);
    const done = applyEdit(base, 'action:complete', { actionId: 'act-1', end: '2027-04-15', evidence: [assessed('financial-acumen', 4, '2027-04-20')] });
    expect(auditChanges(base, done, 'Complete development action').map((c) => [c.area, c.summary, c.before, c.after])).toEqual([
      ['assessment', 'Ana Silva assessed on Financial Acumen: 4 (Advanced)', null, '4 (Advanced), manager assessment of 2027-04-20'],
      ['action', 'Course “Finance for leaders” of Ana Silva moved', '2027-02-01 to 2027-04-30', '2027-02-01 to 2027-04-15'],
      ['action', 'Course “Finance for leaders” of Ana Silva: status changed', 'Planned', 'Completed'],
    ]);
  });
});

describe('adding a development path', () => {
  const base = planWith({ people: [{ id: 'ana' }] });
  const rotation = { id: 'rot-9', personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31', status: 'planned' as const, objectives: [], mentorId: null, cost: null, feedback: [] };
  const course = { id: 'act-9', personId: 'ana', kind: 'course' as const, title: 'Recovery planning', threads: ['recovery-growth'], start: '2027-02-01', end: '2027-04-30', status: 'planned' as const, cost: null, ownerId: null, evidenceDue: null };

  it('adds its rotations and actions in one edit', () => {
    const after = applyEdit(base, 'rotation:addPath', { rotations: [rotation], actions: [course] });
    expect(after.rotations).toEqual([rotation]);
    expect(after.actions).toEqual([course]);
    expect(applyEdit(base, 'rotation:addPath', { rotations: [], actions: [course] }).rotations).toBe(base.rotations);
  });

  it('refuses an empty path, an action already on the plan and one that is not planned', () => {
    expect(() => applyEdit(base, 'rotation:addPath', { rotations: [], actions: [] })).toThrow(/at least one rotation or action/);
    const once = applyEdit(base, 'rotation:addPath', { rotations: [], actions: [course] });
    expect(() => applyEdit(once, 'rotation:addPath', { rotations: [], actions: [course] })).toThrow(/act-9 is already on the plan/);
    expect(() => applyEdit(base, 'rotation:addPath', { rotations: [], actions: [{ ...course, status: 'completed' }] })).toThrow(/planned actions only/);
  });
});
