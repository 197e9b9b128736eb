import { describe, expect, it } from 'vitest';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { actionFormContext, actionFormSchema, actionFormValues, actionFromForm, type ActionFormValues } from './action-form-schema';

const plan = planWith({ people: [{ id: 'ana' }, { id: 'ben' }], roles: [{ id: 'cso', title: 'Chief Service Officer' }] });
const schema = actionFormSchema(actionFormContext(plan, 'ana'));
const valid: ActionFormValues = { ...actionFormValues(undefined, '2027-01-01', ['innovation']), title: 'Cloud costs course' };
const messages = (patch: Partial<ActionFormValues>) => {
  const result = schema.safeParse({ ...valid, ...patch });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the development-action form', () => {
  it('starts a new action on the first of the next month, for three months', () => {
    expect(valid).toMatchObject({ start: '2027-02-01', end: '2027-04-30', status: 'planned', threads: ['innovation'] });
    expect(messages({})).toEqual({});
  });

  it('says which field is wrong and with what value', () => {
    expect(messages({ ownerId: 'ana' })).toEqual({ ownerId: 'The owner (mentor, coach or sponsor) cannot be the person themselves.' });
    expect(messages({ ownerId: 'zed' })).toEqual({ ownerId: 'Owner “zed” is not on the roster.' });
    expect(messages({ evidenceDue: '2027-01-20' })).toEqual({ evidenceDue: 'Evidence due 2027-01-20 is before the start 2027-02-01.' });
    expect(messages({ start: '2027-02-30' })).toEqual({ start: 'Start “2027-02-30” is not a date (YYYY-MM-DD).' });
    expect(messages({ cost: '-5' })).toEqual({ cost: 'Cost “-5” is not an amount of 0 or more.' });
    expect(messages({ kind: 'acting-role', roleId: 'ghost' })).toEqual({ roleId: 'Role “ghost” is not a role of this plan.' });
  });

  it('keeps a role only on an acting role, and fields the form does not show', () => {
    const stored = { ...actionFromForm(schema.parse({ ...valid, kind: 'acting-role', roleId: 'cso' }), undefined, 'act-1', 'ana'), extra: 'kept' };
    expect(stored).toMatchObject({ kind: 'acting-role', roleId: 'cso' });
    const asCourse = actionFromForm(schema.parse({ ...actionFormValues(stored, '2027-01-01'), kind: 'course' }), stored, 'act-1', 'ana');
    expect(asCourse).not.toHaveProperty('roleId');
    expect(asCourse).toMatchObject({ extra: 'kept', kind: 'course' });
  });
});
