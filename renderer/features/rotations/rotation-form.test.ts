import { describe, expect, it } from 'vitest';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { formOf, newRotationId, rotationFormErrors, rotationOf } from './rotation-form';

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana' }, { id: 'old', name: 'Olga', archived: true }],
  rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30', feedback: [{ date: '2027-03-01', author: 'Lead', text: 'Good' }] }],
});
const rotation = plan.rotations[0];

describe('the rotation form', () => {
  it('accepts the rotation as it is, and keeps its feedback when saved', () => {
    const form = formOf(rotation);
    expect(rotationFormErrors(form, plan)).toEqual({});
    const saved = rotationOf({ ...form, cost: ' 12000 ', objectives: ['innovation'] }, rotation);
    expect(saved).toMatchObject({ cost: 12000, objectives: ['innovation'], feedback: rotation.feedback });
    expect(rotationOf({ ...form, cost: '' }, rotation).cost).toBeNull();
  });

  it('names the field and the value of each problem', () => {
    const errors = rotationFormErrors({ ...formOf(rotation), personId: 'old', hostId: 'moon-base', start: '2027-02-30', end: '2026-01-01', cost: '-5', mentorId: 'ana' }, plan);
    expect(errors).toEqual({
      personId: 'Person: Olga is archived.',
      hostId: 'Host: "moon-base" is not a host of this plan.',
      start: 'Start: "2027-02-30" is not a date.',
      cost: 'Cost: "-5" is not an amount of 0 or more.',
    });
    expect(rotationFormErrors({ ...formOf(rotation), end: '2026-12-31' }, plan).end).toBe('End: 2026-12-31 is before the start 2027-01-01.');
    expect(rotationFormErrors({ ...formOf(rotation), mentorId: 'ana' }, plan).mentorId).toMatch(/cannot mentor their own rotation/);
    expect(rotationFormErrors({ ...formOf(rotation), personId: null }, plan).personId).toMatch(/choose who/);
  });

  it('makes an id no rotation uses', () => {
    const taken = planWith({ people: [{ id: 'ana' }], rotations: [{ id: 'rot-1', personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-01-31' }] });
    expect(newRotationId(taken, 1)).toBe('rot-1-1');
    expect(newRotationId(taken, 2)).toBe('rot-2');
  });
});

describe('the backfill field', () => {
  it('round-trips the backfill and refuses the rotating person or someone not in the plan', () => {
    const form = formOf({ ...rotation, backfillId: 'old' });
    expect(form.backfillId).toBe('old');
    expect(rotationOf({ ...form, backfillId: null }, rotation).backfillId).toBeNull();
    expect(rotationFormErrors({ ...form, backfillId: 'ana' }, plan).backfillId).toBe('Backfill: the rotating person cannot hold their own seat.');
    expect(rotationFormErrors({ ...form, backfillId: 'ghost' }, plan).backfillId).toBe('Backfill: "ghost" is not in the plan.');
  });
});
