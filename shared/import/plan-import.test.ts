import { describe, expect, it } from 'vitest';
import { assessed, planWith, worked } from '../domain/testing/plan-builder';
import { validatePlan } from '../domain/plan/validate';
import { emptyMapping, type ImportMapping } from './mapping';
import { decideImport, planImport } from './plan-import';
import { guessMapping } from './guess-mapping';
import { tableFromRecords, type Cell } from './table';

const plan = planWith({
  people: [
    { id: 'E1', name: 'Ana Ruiz', homeDomain: 'sales', performance: 2, potential: 'medium', experience: [worked('sales', '2020-01-01')] },
    { id: 'E2', name: 'Ben Okafor', homeDomain: 'engineering', managerId: 'E1' },
  ],
});

const table = (...lines: Cell[][]) => tableFromRecords(lines);
const HEADER = ['Employee ID', 'Name', 'Department', 'Manager ID', 'Performance Rating', 'Potential'];

describe('importing people', () => {
  it('adds new people, updates known ones by id and says what changes', () => {
    const planning = planImport(plan, table(HEADER, ['E3', 'Chloé Martin', 'Consulting', 'E1', '4', 'High'], ['E1', 'Ana Ruiz', 'Sales', '', '3', 'High']));
    const { adds, updates, counts } = planning.outcome;
    expect(adds).toEqual([{ row: 2, id: 'E3', name: 'Chloé Martin', changes: ['Consulting'] }]);
    expect(updates).toEqual([{ row: 3, id: 'E1', name: 'Ana Ruiz', changes: ['Performance: 2 → 3', 'Potential: medium → high'] }]);
    expect(counts).toMatchObject({ rows: 2, adds: 1, updates: 1, unchanged: 0, refused: 0 });
    const added = planning.outcome.next.people.find((p) => p.id === 'E3')!;
    expect(added).toMatchObject({ homeDomain: 'consulting', managerId: 'E1', performance: 4, potential: 'high', track: 'braided', flightRisk: null });
  });

  it('leaves a value alone when its cell is blank on an update', () => {
    const { outcome } = planImport(plan, table(HEADER, ['E1', 'Ana Ruiz', 'Sales', '', '', '']));
    expect(outcome.counts).toMatchObject({ unchanged: 1, updates: 0 });
    expect(outcome.next.people[0]).toEqual(plan.people[0]);
  });

  it('refuses each bad value with its row, column and value', () => {
    const { outcome } = planImport(
      plan,
      table(HEADER, ['E4', 'Dee', 'Legal', '', '3', 'High'], ['', 'No Id', 'Sales', '', '3', 'High'], ['E5', 'Eve', 'Sales', '', '7', 'Stellar']),
    );
    expect(outcome.refusals).toEqual([
      { row: 2, column: 'Department', value: 'Legal', reason: 'is not a known home domain: map it to one in the values step' },
      { row: 3, column: 'Employee ID', value: '', reason: 'is empty: every row needs an employee id' },
      { row: 4, column: 'Performance Rating', value: '7', reason: 'is outside the 1–5 scale' },
      { row: 4, column: 'Potential', value: 'Stellar', reason: 'is not a known potential: map it to one in the values step' },
    ]);
    expect(outcome.counts.refused).toBe(3);
  });

  it('refuses every row of a duplicated id, naming both rows', () => {
    const { outcome } = planImport(plan, table(HEADER, ['E7', 'Kim', 'Sales', '', '', ''], ['E8', 'Sam', 'Data', '', '', ''], ['E7', 'Kim Lee', 'Sales', '', '', '']));
    expect(outcome.refusals.map((r) => [r.row, r.value, r.reason])).toEqual([
      [2, 'E7', 'is on rows 2 and 4: each person may be on one row only'],
      [4, 'E7', 'is on rows 2 and 4: each person may be on one row only'],
    ]);
    expect(outcome.adds.map((a) => a.id)).toEqual(['E8']);
  });

  it('uses the mapping the user fixed: values, scales and columns', () => {
    const mapping: ImportMapping = {
      ...emptyMapping('people'),
      columns: { id: 'Employee ID', name: 'Name', homeDomain: 'Department', performance: 'Performance Rating' },
      values: { homeDomain: { 'Human Resources': 'delivery' } },
      scales: { performance: { min: 1, max: 4 } },
    };
    const { outcome } = planImport(plan, table(HEADER, ['E9', 'Hana', 'human resources', '', '3', '']), mapping);
    expect(outcome.refusals).toEqual([]);
    expect(outcome.next.people.find((p) => p.id === 'E9')).toMatchObject({ homeDomain: 'delivery', performance: 4 });
  });

  it('imports a person with no manager when the manager is nowhere to be found, and says so', () => {
    const { outcome } = planImport(plan, table(HEADER, ['E10', 'Ivo', 'Sales', 'E404', '', ''], ['E11', 'Jo', 'Sales', 'E10', '', '']));
    expect(outcome.notes).toEqual([{ row: 2, column: 'Manager ID', value: 'E404', reason: 'is not in the plan or in this file: imported with no manager' }]);
    expect(outcome.next.people.find((p) => p.id === 'E10')!.managerId).toBeNull();
    expect(outcome.next.people.find((p) => p.id === 'E11')!.managerId).toBe('E10');
  });

  it('turns thread level columns and a start date into assessments and experience', () => {
    const { outcome } = planImport(
      plan,
      table(['Employee ID', 'Department', 'In department since', 'Financial Acumen', 'Innovation', 'Assessment date'], ['E1', 'Engineering', '2024-07-01', '4', '', '2026-01-15']),
    );
    const ana = outcome.next.people[0];
    expect(ana.homeDomain).toBe('engineering');
    expect(ana.experience).toEqual([worked('sales', '2020-01-01', '2024-06-30'), worked('engineering', '2024-07-01')]);
    expect(ana.assessments).toEqual([assessed('financial-acumen', 4, '2026-01-15')]);
    expect(outcome.counts).toMatchObject({ updates: 1, assessmentsAdded: 1, experienceAdded: 1 });
  });

  it('changes nothing when the same file is imported twice', () => {
    const file = table(HEADER, ['E3', 'Chloé Martin', 'Consulting', 'E1', '4', 'High']);
    const mapping = { ...guessMapping(plan, file), scales: { performance: { min: 1, max: 5 } } };
    const once = decideImport(planImport(plan, file, mapping));
    expect(once.ok).toBe(true);
    const twice = decideImport(planImport(once.ok ? once.plan : plan, file, mapping));
    expect(twice).toEqual({ ok: false, message: 'There is nothing to import: every row matches the plan already.', details: [] });
  });
});

describe('deciding a commit', () => {
  const mixed = table(HEADER, ['E3', 'Chloé', 'Consulting', '', '', ''], ['E4', 'Dee', 'Legal', '', '', '']);

  it('is all or nothing: one refused row stops the whole import', () => {
    const decision = decideImport(planImport(plan, mixed));
    expect(decision).toEqual({
      ok: false,
      message: '1 row was refused, so nothing was imported. Fix the file or the mapping, or skip the refused rows.',
      details: ['row 3, Department "Legal": is not a known home domain: map it to one in the values step'],
    });
  });

  it('skips the refused rows only when asked, and the result is a valid plan', () => {
    const decision = decideImport(planImport(plan, mixed), { skipInvalid: true });
    if (!decision.ok) throw new Error(decision.message);
    expect(decision.plan.people.map((p) => p.id)).toEqual(['E1', 'E2', 'E3']);
    expect(validatePlan(decision.plan).ok).toBe(true);
  });

  it('refuses a mapping without an id column', () => {
    const mapping = { ...emptyMapping('people'), columns: { name: 'Name' } };
    const decision = decideImport(planImport(plan, mixed, mapping), { skipInvalid: true });
    expect(decision).toMatchObject({ ok: false, details: ['Map a column to Employee id: people are matched by it.'] });
  });
});

describe('importing assessments and experience from their own files', () => {
  it('adds assessments to people of the plan and refuses unknown people', () => {
    const { outcome } = planImport(
      plan,
      table(['Employee ID', 'Competency', 'Score', 'Date', 'Source'], ['E2', 'Customer Success', '3', '2026-02-01', 'Self'], ['E9', 'Innovation', '3', '2026-02-01', 'Manager']),
    );
    expect(outcome.target).toBe('assessments');
    expect(outcome.next.people[1].assessments).toEqual([assessed('customer-success', 3, '2026-02-01', 'self')]);
    expect(outcome.refusals).toEqual([{ row: 3, column: 'Employee ID', value: 'E9', reason: 'is not a person of the plan: import the people first' }]);
  });

  it('refuses an experience entry that ends before it starts', () => {
    const { outcome } = planImport(plan, table(['Employee ID', 'Department', 'Start Date', 'End Date'], ['E2', 'Sales', '2018-06-01', '2018-03-01']));
    expect(outcome.refusals).toEqual([{ row: 2, column: 'End Date', value: '2018-03-01', reason: 'is before the start 2018-06-01' }]);
  });
});
