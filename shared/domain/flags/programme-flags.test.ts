import { describe, expect, it } from 'vitest';
import { flagsOf } from '../testing/flag-helpers';
import type { Policy } from '../plan/schema';
import { hubOf, planWith, type PersonInput, type RotationInput } from '../testing/plan-builder';

// asOf 2027-01-01. Mia manages Ben; Ana holds the role; Cy is neither.
const people: PersonInput[] = [{ id: 'mia', name: 'Mia Chen' }, { id: 'ben', name: 'Ben Okafor', managerId: 'mia' }, { id: 'ana', name: 'Ana Lima' }, { id: 'cy', name: 'Cy Dunn' }];
const roles = [{ id: 'cso', title: 'Chief Service Officer', incumbentId: 'ana', reviewedOn: '2026-12-01' }];
const away = (personId: string, start: string, end: string, extra: Partial<RotationInput> = {}): RotationInput => ({ personId, hostId: hubOf('sales'), start, end, ...extra });

describe('rotation-no-backfill', () => {
  it('is raised for a planned or active rotation of a manager or an incumbent that names no backfill', () => {
    const plan = planWith({
      people,
      roles,
      rotations: [away('mia', '2027-02-01', '2027-07-31'), away('ana', '2026-10-01', '2027-03-31', { status: 'active' }), away('cy', '2027-02-01', '2027-07-31')],
    });
    const flags = flagsOf(plan, 'rotation-no-backfill');
    expect(flags.map((f) => [f.personId, f.rotationIds, f.severity])).toEqual([
      ['mia', ['rot-1'], 'warning'],
      ['ana', ['rot-2'], 'warning'],
    ]);
    expect(flags[1].message).toContain('Ana Lima holds Chief Service Officer');
  });

  it('is not raised with a backfill named, for a completed rotation, or when the only report is archived', () => {
    const plan = planWith({
      people: [{ id: 'mia' }, { id: 'ben', managerId: 'mia', archived: true }, { id: 'ana' }, { id: 'cy' }],
      roles,
      rotations: [away('mia', '2027-02-01', '2027-07-31'), away('ana', '2026-01-01', '2026-06-30', { status: 'completed' }), away('ana', '2027-02-01', '2027-07-31', { backfillId: 'cy' })],
    });
    expect(flagsOf(plan, 'rotation-no-backfill')).toEqual([]);
  });
});

describe('backfill-conflict', () => {
  it('is raised (critical) when the backfill is on an overlapping rotation of their own, one flag per pair', () => {
    const plan = planWith({ people, roles, rotations: [away('mia', '2027-02-01', '2027-07-31', { backfillId: 'ben' }), away('ben', '2027-07-31', '2027-12-31', { hostId: hubOf('data') })] });
    const [flag] = flagsOf(plan, 'backfill-conflict');
    expect(flag).toMatchObject({ severity: 'critical', personId: 'ben', rotationIds: ['rot-1', 'rot-2'] });
    expect(flag.message).toContain('is away on a rotation of their own');
  });

  it('is not raised when the backfill’s own rotation starts the day after', () => {
    const plan = planWith({ people, roles, rotations: [away('mia', '2027-02-01', '2027-07-31', { backfillId: 'ben' }), away('ben', '2027-08-01', '2027-12-31', { hostId: hubOf('data') })] });
    expect(flagsOf(plan, 'backfill-conflict')).toEqual([]);
  });

  it('is raised when one person backfills two seats at once, not one after the other', () => {
    const twice = planWith({ people, roles, rotations: [away('mia', '2027-02-01', '2027-07-31', { backfillId: 'cy' }), away('ana', '2027-06-01', '2027-11-30', { backfillId: 'cy' })] });
    expect(flagsOf(twice, 'backfill-conflict').map((f) => f.rotationIds)).toEqual([['rot-1', 'rot-2']]);
    const inTurn = planWith({ people, roles, rotations: [away('mia', '2027-02-01', '2027-07-31', { backfillId: 'cy' }), away('ana', '2027-08-01', '2027-11-30', { backfillId: 'cy' })] });
    expect(flagsOf(inTurn, 'backfill-conflict')).toEqual([]);
  });
});

describe('programme-over-budget', () => {
  it('splits a rotation across New Year by days and flags only the year above the budget', () => {
    // 2027-12-01…2028-01-31: 62 days, 31 in each year; 62 000 → 31 000 a year, plus 10 000 in 2028.
    const plan = planWith({
      people,
      roles,
      currency: 'EUR',
      policy: { annualBudget: 40_000 },
      rotations: [away('cy', '2027-12-01', '2028-01-31', { cost: 62_000 }), away('cy', '2028-03-01', '2028-05-31', { cost: 10_000 })],
    });
    const flags = flagsOf(plan, 'programme-over-budget');
    expect(flags.map((f) => [f.year, f.severity])).toEqual([[2028, 'warning']]);
    expect(flags[0].message).toBe('Rotation spend in 2028 is 41,000 EUR, 1,000 EUR over the annual budget of 40,000 EUR.');
  });

  it('is not raised at exactly the budget, without a budget, for cancelled rotations, or for years before asOf', () => {
    const at = (annualBudget: number | undefined, extra: Partial<RotationInput> = {}) =>
      flagsOf(planWith({ people, roles, policy: annualBudget === undefined ? {} : { annualBudget }, rotations: [away('cy', '2027-01-01', '2027-06-30', { cost: 50_000, ...extra })] }), 'programme-over-budget');
    expect(at(50_000)).toEqual([]);
    expect(at(49_999)).toHaveLength(1);
    expect(at(undefined)).toEqual([]);
    expect(at(1, { status: 'cancelled' })).toEqual([]);
    expect(at(1, { start: '2026-01-01', end: '2026-06-30', status: 'completed' })).toEqual([]);
  });

  it('holds a year with its own budget against that budget, and says so', () => {
    const plan = (policy: Partial<Policy>) => planWith({ people, roles, currency: 'EUR', policy, rotations: [away('cy', '2027-01-01', '2027-06-30', { cost: 50_000 }), away('cy', '2028-01-01', '2028-06-30', { cost: 50_000 })] });
    const flags = flagsOf(plan({ annualBudget: 60_000, budgetByYear: { '2028': 45_000 } }), 'programme-over-budget');
    expect(flags.map((f) => f.message)).toEqual(['Rotation spend in 2028 is 50,000 EUR, 5,000 EUR over the budget set for 2028 of 45,000 EUR.']);
    // A budget set for single years alone is a budget for those years only.
    expect(flagsOf(plan({ budgetByYear: { '2027': 40_000 } }), 'programme-over-budget').map((f) => f.year)).toEqual([2027]);
  });
});

describe('role-review-overdue', () => {
  it('is not raised for a review exactly reviewIntervalMonths old, and is raised a day older or never', () => {
    const role = (reviewedOn: string | null) => planWith({ people, roles: [{ ...roles[0], reviewedOn }] });
    expect(flagsOf(role('2026-07-01'), 'role-review-overdue')).toEqual([]);
    const [late] = flagsOf(role('2026-06-30'), 'role-review-overdue');
    expect(late).toMatchObject({ severity: 'info', roleId: 'cso' });
    expect(flagsOf(role(null), 'role-review-overdue')[0].message).toBe('The slate of Chief Service Officer has never been reviewed.');
  });
});
