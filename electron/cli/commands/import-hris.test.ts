import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import type { Plan } from '../../../shared/domain/plan/schema';
import { isPlaceholderName } from '../../../shared/import';
import { braid, fixture } from '../testing/fake-io';

/**
 * Every synthetic HRIS export of tests/fixtures/hris imports as it is: with the guessed
 * mapping, or with a mapping file that adds the company's own departments as domains.
 */

let dir: string;
let plan: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-cli-hris-'));
  plan = join(dir, 'plan.braid.json');
  await copyFile(fixture('import/base.braid.json'), plan);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const planIn = async () => JSON.parse(await readFile(plan, 'utf8')) as Plan;
const imported = (p: Plan) => p.people.slice(3);

async function importFixture(name: string, ...extra: string[]) {
  const run = await braid(['import', fixture(`hris/${name}`), '--into', plan, ...extra]);
  if (run.code !== 0) throw new Error(`braid import ${name} exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return { run, plan: await planIn() };
}

/** Each imported person has a real home domain and an ongoing experience entry in it. */
function expectPlaced(p: Plan) {
  const domains = new Set(p.framework.domains.map((d) => d.id));
  for (const person of imported(p)) {
    expect(domains.has(person.homeDomain), `${person.id} in ${person.homeDomain}`).toBe(true);
    expect(person.experience.filter((e) => e.end === null).map((e) => e.domain)).toEqual([person.homeDomain]);
  }
}

describe('importing the exports HR really has', () => {
  it('the IBM-HR-analytics shape: numeric ids, no names, EmployeeCount, 1–4 ratings, tenure in years, an HR department', async () => {
    const guessed = await braid(['import', fixture('hris/ibm-hr-analytics.csv'), '--into', plan, '--dry-run']);
    expect(guessed.code).toBe(2);
    expect(guessed.stdout).toContain('Warning: “EmployeeCount” was not taken as Name: every row holds “1”.');
    expect(guessed.stdout).toContain('This file has no name column. New people will be named from their employee id (“Employee 3”, “Employee 5”…)');
    expect(guessed.stdout).toContain('Problem: “PerformanceRating” (Performance) holds only values from 3 to 4: is that a 1–4 or a 1–5 scale?');
    expect(guessed.stdout).toContain('Department "Human Resources" → not mapped (refused)');
    // A column of numbers whose header says "Manager" is not a manager's name.
    expect(guessed.stdout).toContain('Warning: “YearsWithCurrManager” was not taken as Manager name: it holds numbers');
    expect(guessed.stdout).not.toContain('YearsWithCurrManager →');

    const { run, plan: after } = await importFixture('ibm-hr-analytics.csv', '--map', fixture('hris/ibm-hr-analytics.map.json'));
    expect(run.stdout).toContain('Imported into');
    const people = imported(after);
    expect(people).toHaveLength(1470);
    expect(people.every(isPlaceholderName)).toBe(true);
    expect(people[0].name).toBe(`Employee ${people[0].id}`);
    expect(after.framework.domains.map((d) => d.id)).toContain('human-resources');
    expect(people.filter((p) => p.homeDomain === 'human-resources')).toHaveLength(63);
    // Tenure: YearsAtCompany before the as-of date 2026-06-01, to the month.
    const source = (await readFile(fixture('hris/ibm-hr-analytics.csv'), 'utf8')).split('\r\n')[1].split(',');
    const first = people.find((p) => p.id === source[6])!;
    expect(first.experience).toEqual([{ domain: 'engineering', start: `${2026 - Number(source[18])}-06-01`, end: null }]);
    expect(new Set(people.map((p) => p.performance))).toEqual(new Set([4, 5]));
    // Nothing protected is imported: only the plan format's fields.
    expect(Object.keys(first).sort()).toEqual(['assessments', 'experience', 'flightRisk', 'homeDomain', 'id', 'managerId', 'name', 'performance', 'potential', 'title', 'track']);
    expectPlaced(after);
  });

  it('a Workday worker report: title lines, names in one column, US dates, ratings in words, an HR organisation', async () => {
    const { plan: after } = await importFixture('workday-workers.csv', '--map', fixture('hris/workday-workers.map.json'));
    const people = imported(after);
    expect(people).toHaveLength(24);
    expect(people.some(isPlaceholderName)).toBe(false);
    expect(people.find((p) => p.id === 'W10400')).toMatchObject({ name: 'Oona Novak', homeDomain: 'consulting', performance: 3, potential: 'high', flightRisk: 'medium' });
    expect(people.find((p) => p.id === 'W10400')!.experience).toEqual([{ domain: 'consulting', start: '2018-08-24', end: null }]);
    expect(people.filter((p) => p.managerId !== null).length).toBe(20);
    expectPlaced(after);
  });

  it('a SuccessFactors export: first and last names, semicolons, German dates, numeric ratings — guessed whole', async () => {
    const { run, plan: after } = await importFixture('successfactors-employees.csv');
    expect(run.stdout).toContain('semicolon-separated');
    const people = imported(after);
    expect(people).toHaveLength(20);
    expect(people.every((p) => p.name.includes(' ') && !isPlaceholderName(p))).toBe(true);
    expect(people.filter((p) => p.managerId !== null).length).toBe(16);
    expectPlaced(after);
  });

  it('a BambooHR export: "Employee #", managers by name (not taken as ids), a Finance department', async () => {
    const guessed = await braid(['import', fixture('hris/bamboohr-employees.csv'), '--into', plan, '--dry-run']);
    expect(guessed.stdout).toContain('Employee # → id');
    expect(guessed.stdout).toMatch(/Warning: “Reports To” was not taken as Manager id: its values \(“[^”]+”, “[^”]+”…\) are not employee ids of this file or the plan; it is read as the manager’s name\./);
    const { plan: after } = await importFixture('bamboohr-employees.csv', '--map', fixture('hris/bamboohr-employees.map.json'));
    expect(imported(after)).toHaveLength(18);
    // "Last, First" names of managers found among the people of the file: the hierarchy survives.
    const byId = new Map(after.people.map((p) => [p.id, p]));
    const reporting = imported(after).filter((p) => p.managerId !== null);
    expect(reporting).toHaveLength(14);
    expect(reporting.every((p) => byId.get(p.managerId!)!.title.startsWith('Head of'))).toBe(true);
    expect(after.framework.domains.find((d) => d.id === 'finance')).toEqual({ id: 'finance', name: 'Finance', side: 'back', develops: ['financial-acumen'] });
    expectPlaced(after);
  });

  it('a Personio workbook: numeric ids, date cells, a Marketing department', async () => {
    const { plan: after } = await importFixture('personio-employees.xlsx', '--map', fixture('hris/personio-employees.map.json'));
    const people = imported(after);
    expect(people).toHaveLength(15);
    expect(people[0].id).toBe('5001');
    expect(people.filter((p) => p.managerId !== null)).toHaveLength(12);
    expectPlaced(after);
  });

  it('a HiBob export: display names, DD/MM/YYYY, "Customer Experience" and "R&D" — guessed whole', async () => {
    const { plan: after } = await importFixture('hibob-people.csv');
    const people = imported(after);
    expect(people).toHaveLength(15);
    expect(new Set(people.map((p) => p.homeDomain))).toEqual(new Set(['customer-success', 'engineering', 'delivery']));
    expect(people.filter((p) => p.managerId !== null)).toHaveLength(12);
    expectPlaced(after);
  });

  it('imports every shape into one plan and the pipeline stays sensible: no flag that exists only because data was dropped', async () => {
    await importFixture('ibm-hr-analytics.csv', '--map', fixture('hris/ibm-hr-analytics.map.json'));
    await importFixture('successfactors-employees.csv');
    // Two HiBob people share a name with SuccessFactors people: the import asks about them rather than duplicating anyone.
    const { run } = await importFixture('hibob-people.csv', '--skip-invalid');
    expect(run.stdout).toContain('13 added, 0 updated, 2 refused rows left out');
    const analysis = analyzePlan(await planIn());
    const codes = new Set(analysis.flags.map((f) => f.code));
    // Braided-track people with time on one side only are told so; nothing is critical,
    // and no person lacks experience or a domain.
    expect([...codes].filter((c) => c !== 'person-stagnant' && !c.startsWith('role-') && !c.startsWith('successor-') && c !== 'assessment-stale')).toEqual([]);
    expect(analysis.flags.filter((f) => f.severity === 'critical' && f.roleId === undefined)).toEqual([]);
  });

  it('a person already in the plan under a new id, by folded name or by e-mail: asked about, then updated as chosen', async () => {
    // First the HRIS gives Ana Ruiz (E1001) her e-mail address.
    const emails = join(dir, 'emails.csv');
    await writeFile(emails, 'Employee ID,Work Email\nE1001,ana.ruiz@example.com\n');
    const first = await braid(['import', emails, '--into', plan]);
    expect(first.stdout).toContain('E-mail');
    expect(first.code).toBe(0);
    const asked = await braid(['import', fixture('hris/duplicates.csv'), '--into', plan]);
    expect(asked.code).toBe(2);
    expect(asked.stdout).toContain('row 2, Employee ID "N-7001": may be Chloé Martin (E1003), already in the plan with the same name');
    expect(asked.stdout).toContain('row 3, Employee ID "N-7002": may be Ana Ruiz (E1001), already in the plan with the same e-mail');

    const map = join(dir, 'map.json');
    await braid(['import', fixture('hris/duplicates.csv'), '--into', plan, '--dry-run', '--save-map', map]);
    const mapping = JSON.parse(await readFile(map, 'utf8'));
    mapping.duplicates = { 'N-7001': 'update', 'N-7002': 'leave-out' };
    await writeFile(map, JSON.stringify(mapping));
    await importFixture('duplicates.csv', '--map', map);
    const after = await planIn();
    expect(after.people.map((p) => p.id)).toEqual(['E1001', 'E1002', 'E1003', 'N-7003']);
    expect(after.people.find((p) => p.id === 'E1003')).toMatchObject({ name: 'Chloé Martin', title: 'Engagement Director', email: 'chloe.martin@example.com' });
  });
});
