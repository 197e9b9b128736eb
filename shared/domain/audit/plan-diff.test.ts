import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edits';
import { assessed, planWith } from '../testing/plan-builder';
import { auditChanges, planReplacedChange } from './plan-diff';

const base = planWith({
  people: [
    { id: 'ana', name: 'Ana Silva', assessments: [assessed('innovation', 2, '2026-01-10')] },
    { id: 'ben', name: 'Ben Okafor' },
  ],
  rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
  roles: [{ id: 'cso', title: 'Chief Service Officer', successors: [{ personId: 'ben', readiness: 'ready-3-5-years' }] }],
});

describe('auditChanges', () => {
  it('records a nomination with who, for what role, and the readiness given', () => {
    const after = applyEdit(base, 'successor:nominate', { roleId: 'cso', personId: 'ana', readiness: 'ready-now', emergency: true });
    expect(auditChanges(base, after, 'Nominate successor')).toEqual([
      {
        area: 'nomination',
        action: 'Nominate successor',
        summary: 'Ana Silva nominated as a successor for Chief Service Officer',
        personIds: ['ana'],
        roleIds: ['cso'],
        rotationIds: [],
        names: ['Ana Silva', 'Chief Service Officer'],
        before: null,
        after: 'Ready now, emergency cover',
      },
    ]);
  });

  it('records readiness and emergency cover as two separate before → after entries', () => {
    const after = applyEdit(base, 'successor:update', { roleId: 'cso', personId: 'ben', readiness: 'ready-now', emergency: true });
    const changes = auditChanges(base, after, 'Change successor');
    expect(changes.map((c) => [c.area, c.before, c.after])).toEqual([
      ['readiness', 'Ready in 3–5 years', 'Ready now'],
      ['emergency', 'No', 'Yes'],
    ]);
    expect(changes[1].summary).toBe('Ben Okafor named emergency cover for Chief Service Officer');
  });

  it('records a removal from the slate with what the slot was', () => {
    const after = applyEdit(base, 'successor:remove', { roleId: 'cso', personId: 'ben' });
    const [change] = auditChanges(base, after, 'Remove successor');
    expect(change).toMatchObject({ area: 'nomination', before: 'Ready in 3–5 years', after: null, personIds: ['ben'] });
    expect(change.summary).toBe('Ben Okafor removed from the slate for Chief Service Officer');
  });

  it('records a new assessment against the previous level of the same thread', () => {
    const after = applyEdit(base, 'assessment:add', { personId: 'ana', assessment: assessed('innovation', 4, '2026-11-02', '360') });
    expect(auditChanges(base, after, 'Record assessment')).toEqual([
      expect.objectContaining({
        area: 'assessment',
        summary: 'Ana Silva assessed on Innovation for Streamlined Operations: 4 (Advanced)',
        before: '2 (Developing), manager assessment of 2026-01-10',
        after: '4 (Advanced), 360 assessment of 2026-11-02',
      }),
    ]);
  });

  it('records a removed assessment when a person is saved without it', () => {
    const ana = base.people[0];
    const after = applyEdit(base, 'person:save', { person: { ...ana, assessments: [] } });
    expect(auditChanges(base, after, 'Save person').map((c) => [c.area, c.after])).toEqual([['assessment', null]]);
  });

  it('records a rotation created, moved and its status changed', () => {
    const created = applyEdit(base, 'rotation:save', {
      rotation: { ...base.rotations[0], id: 'rot-2', personId: 'ben', start: '2027-08-01', end: '2028-01-31' },
    });
    expect(auditChanges(base, created, 'Save rotation')[0]).toMatchObject({
      area: 'rotation',
      summary: 'Rotation of Ben Okafor at Sales hub created',
      rotationIds: ['rot-2'],
      after: 'Sales hub, 2027-08-01 to 2028-01-31, planned',
    });
    const moved = applyEdit(base, 'rotation:move', { rotationId: 'rot-1', start: '2027-02-01', end: '2027-07-31' });
    expect(auditChanges(base, moved, 'Move rotation')[0]).toMatchObject({
      summary: 'Rotation of Ana Silva at Sales hub moved',
      before: '2027-01-01 to 2027-06-30',
      after: '2027-02-01 to 2027-07-31',
    });
    const started = applyEdit(base, 'rotation:setStatus', { rotationId: 'rot-1', status: 'active' });
    expect(auditChanges(base, started, 'Change rotation status')[0]).toMatchObject({ before: 'Planned', after: 'Active' });
  });

  it('records feedback added to a rotation in the rotation’s and the person’s log', () => {
    const feedback = { date: '2027-03-15', author: 'Lead at Sales hub', text: 'Ran the renewal review on her own.' };
    const after = applyEdit(base, 'rotation:addFeedback', { rotationId: 'rot-1', feedback });
    expect(auditChanges(base, after, 'Add feedback')).toEqual([
      {
        area: 'rotation',
        action: 'Add feedback',
        summary: 'Rotation of Ana Silva at Sales hub: feedback added',
        personIds: ['ana'],
        roleIds: [],
        rotationIds: ['rot-1'],
        names: ['Ana Silva', 'Sales hub'],
        before: null,
        after: 'Feedback of 2027-03-15 from Lead at Sales hub',
      },
    ]);
    // The same words again on the same day are a second entry, not nothing.
    const twice = applyEdit(after, 'rotation:addFeedback', { rotationId: 'rot-1', feedback });
    expect(auditChanges(after, twice, 'Add feedback')).toHaveLength(1);
  });

  it('records changed role requirements in words', () => {
    const role = base.roles[0];
    const after = applyEdit(base, 'role:save', {
      role: { ...role, requirements: { threads: { 'financial-acumen': 3 }, frontMonths: 12, backMonths: 0 } },
    });
    expect(auditChanges(base, after, 'Save role')).toEqual([
      expect.objectContaining({
        area: 'requirements',
        before: 'no requirements',
        after: 'Financial Acumen at least 3; 12 months client-facing',
      }),
    ]);
  });

  it('says nothing about changes outside the audited areas', () => {
    const after = applyEdit(base, 'organization:update', { name: 'Renamed' });
    expect(auditChanges(base, after, 'Edit organisation')).toEqual([]);
    const renamed = applyEdit(base, 'person:save', { person: { ...base.people[1], title: 'VP' } });
    expect(auditChanges(base, renamed, 'Save person')).toEqual([]);
  });

  it('summarises a whole-plan replacement by its size', () => {
    expect(planReplacedChange(null, base, 'Load demo organisation')).toMatchObject({
      area: 'plan',
      summary: 'Load demo organisation: Test organisation',
      before: 'no plan',
      after: '2 people, 1 roles, 1 rotations',
    });
  });
});
