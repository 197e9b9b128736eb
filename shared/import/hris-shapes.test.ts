import { describe, expect, it } from 'vitest';
import { planWith, worked } from '../domain/testing/plan-builder';
import { decideImport, planImport } from './plan-import';
import { guessMapping } from './guess-mapping';
import { tableFromRecords, type Cell } from './table';

/** Guessing that holds for exports beyond the ones Braid was first tried on. */

const plan = planWith({
  asOf: '2026-06-01',
  people: [{ id: 'E1', name: 'Ana Ruiz', homeDomain: 'sales', experience: [worked('sales', '2020-01-01')] }],
});
const table = (...lines: Cell[][]) => tableFromRecords(lines);
const ratingsOf = (header: string, values: string[]) => {
  const { outcome, columns } = planImport(plan, table(['Employee ID', 'Name', 'Department', header], ...values.map((v, i) => [`N${i}`, `Person ${i}`, 'Sales', v])));
  expect(outcome.refusals).toEqual([]);
  return { levels: outcome.next.people.slice(1).map((p) => p.performance), columns };
};

describe('rating words become levels by what they say', () => {
  it('Exceeds / Fully Meets / Needs Improvement / PIP', () => {
    expect(ratingsOf('PerformanceScore', ['Exceeds', 'Fully Meets', 'Needs Improvement', 'PIP']).levels).toEqual([4, 3, 2, 1]);
  });
  it('Outstanding … Unsatisfactory, and Meets Expectations', () => {
    expect(ratingsOf('Overall Rating', ['Outstanding', 'Exceeds Expectations', 'Meets Expectations', 'Needs Improvement', 'Unsatisfactory']).levels).toEqual([5, 4, 3, 2, 1]);
  });
  it('letter grades A–E, A the best, shown in the values step', () => {
    const { levels, columns } = ratingsOf('Performance Rating', ['A', 'C', 'E', 'b']);
    expect(levels).toEqual([5, 3, 1, 4]);
    expect(columns.find((c) => c.key === 'performance')!.values.map((v) => [v.value, v.mappedTo])).toEqual([
      ['A', '5'],
      ['b', '4'],
      ['C', '3'],
      ['E', '1'],
    ]);
  });
});

describe('a guessed column the import cannot use refuses nothing', () => {
  it('a "RecruitmentSource" with no thread levels is not taken as the assessment source', () => {
    const file = table(['Employee ID', 'Name', 'Department', 'RecruitmentSource', 'LastPerformanceReview_Date'], ['N1', 'Bo Lind', 'Sales', 'LinkedIn', '3/7/2026']);
    const planning = planImport(plan, file);
    expect(planning.mapping.columns).not.toHaveProperty('assessmentSource');
    expect(planning.mapping.columns).not.toHaveProperty('assessmentDate');
    expect(planning.guess.passedOver).toContain('“RecruitmentSource” was not taken as Assessment source: the file has no thread level column for it to describe.');
    expect(planning.outcome.counts).toMatchObject({ adds: 1, refused: 0 });
  });
  it('an assessment source mapped by hand is not read when there are no levels', () => {
    const file = table(['Employee ID', 'Name', 'Department', 'Source'], ['N1', 'Bo Lind', 'Sales', 'LinkedIn']);
    const mapping = { ...guessMapping(plan, file), columns: { id: 'Employee ID', name: 'Name', homeDomain: 'Department', assessmentSource: 'Source' } };
    expect(planImport(plan, file, mapping).outcome.refusals).toEqual([]);
  });
});

describe('names and managers as US exports write them', () => {
  const file = table(
    ['EmpID', 'Employee_Name', 'Department', 'ManagerName', 'ManagerID'],
    ['10001', 'Rask,  Rosa   M', 'Sales   ', '', ''],
    ['10002', 'Dunmore, Bram', 'Sales', 'Rosa Rask', '1'],
    ['10003', 'Holm, Greta  K', 'Sales', 'Rask, Rosa', '1'],
  );
  it('turns "Last, First  M" into "First M Last" by default, spaces collapsed, and links managers written either way', () => {
    const planning = planImport(plan, file);
    expect(planning.mapping.nameOrder).toBe('first-last');
    const people = planning.outcome.next.people.slice(1);
    expect(people.map((p) => [p.name, p.homeDomain, p.managerId])).toEqual([
      ['Rosa M Rask', 'sales', null],
      ['Bram Dunmore', 'sales', '10001'],
      ['Greta K Holm', 'sales', '10001'],
    ]);
    expect(planning.guess.passedOver.join(' ')).toContain('the manager is found by name in “ManagerName”');
  });
  it('keeps the order as written when the mapping says so', () => {
    const mapping = { ...guessMapping(plan, file), nameOrder: 'as-written' as const };
    const people = planImport(plan, file, mapping).outcome.next.people.slice(1);
    expect(people.map((p) => [p.name, p.managerId])).toEqual([
      ['Rask, Rosa M', null],
      ['Dunmore, Bram', '10001'],
      ['Holm, Greta K', '10001'],
    ]);
  });
});

describe('people who have left', () => {
  const file = table(
    ['Employee ID', 'Name', 'Department', 'Date of Hire', 'DateofTermination', 'EmploymentStatus'],
    ['N1', 'Bo Lind', 'Sales', '2015-03-02', '', 'Active'],
    ['N2', 'Cy Moss', 'Sales', '2016-04-01', '2024-01-31', 'Voluntarily Terminated'],
    ['N3', 'Di Park', 'Sales', '2017-05-01', '', 'Terminated for Cause'],
    ['E1', 'Ana Ruiz', 'Sales', '2020-01-01', '2025-12-31', 'Terminated for Cause'],
  );
  it('are left out when new, archived when already in the plan, and the hire date starts their home-domain experience', () => {
    const { outcome } = planImport(plan, file);
    expect(outcome.counts).toMatchObject({ adds: 1, updates: 1, leftOut: 2, refused: 0 });
    expect(outcome.notes.map((n) => n.reason)).toEqual(['left out: left on 2024-01-31 (Voluntarily Terminated)', 'left out: has left (Terminated for Cause)']);
    expect(outcome.next.people.find((p) => p.id === 'N1')!.experience).toEqual([{ domain: 'sales', start: '2015-03-02', end: null }]);
    expect(outcome.next.people.find((p) => p.id === 'E1')!.archived).toBe(true);
  });
  it('are archived, never current, when the mapping says archive', () => {
    const mapping = { ...guessMapping(plan, file), leavers: 'archive' as const };
    const people = planImport(plan, file, mapping).outcome.next.people;
    expect(people.map((p) => [p.id, p.archived ?? false])).toEqual([
      ['E1', true],
      ['N1', false],
      ['N2', true],
      ['N3', true],
    ]);
  });
});

describe('protected attributes', () => {
  const file = table(['Employee ID', 'Name', 'Department', 'Sex', 'RaceDesc', 'DOB', 'MaritalDesc', 'Age'], ['N1', 'Bo Lind', 'Sales', 'F', 'Asian', '01/02/80', 'Single', '46']);
  it('are named once as left out and never guessed or stored', () => {
    const planning = planImport(plan, file);
    expect(planning.protectedLeftOut).toBe('Left out, never stored: “Sex”, “RaceDesc”, “DOB”, “MaritalDesc”, “Age” — protected attributes (sex, race, date of birth, marital status, age).');
    expect(Object.values(planning.mapping.columns)).toEqual(['Employee ID', 'Name', 'Department']);
    expect(JSON.stringify(planning.outcome.next)).not.toMatch(/Asian|Single|01\/02\/80/);
  });
  it('refuse a mapping that names one', () => {
    const mapping = { ...guessMapping(plan, file), columns: { id: 'Employee ID', name: 'Name', homeDomain: 'Department', title: 'RaceDesc' } };
    const planning = planImport(plan, file, mapping);
    expect(planning.outcome.problems).toContain('Column "RaceDesc" holds race, a protected attribute: Braid never imports it. Map Title to another column or to none.');
    expect(decideImport(planning).ok).toBe(false);
  });
});

describe('when every row is refused', () => {
  it('says so with the commonest reasons, never "nothing to import"', () => {
    const file = table(['Employee ID', 'Name', 'Department'], ['N1', 'Bo Lind', 'Legal'], ['N2', 'Cy Moss', 'Legal'], ['N3', 'Di Park', 'Facilities']);
    for (const skipInvalid of [false, true]) {
      const decision = decideImport(planImport(plan, file), { skipInvalid });
      expect(decision).toMatchObject({ ok: false, message: 'All 3 rows were refused: 3 rows: Department (e.g. "Legal") is not a known home domain: map it to one in the values step. Nothing was imported.' });
    }
  });
});
