import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyPlanWithUsDepartments } from '../../../tests/helpers/us-employer-plan';
import type { Plan } from '../../../shared/domain/plan/schema';
import { braid, fixture } from '../testing/fake-io';

/**
 * A US employer's HRIS export (tests/fixtures/hris/us-employer-hris.csv, synthetic): "Last,
 * First  M" names, managers by name, ratings in words, leavers, padded department names and
 * protected attributes, imported with the guessed mapping into an empty plan whose framework
 * has the company's departments.
 */

let dir: string;
let plan: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-cli-us-'));
  plan = join(dir, 'plan.braid.json');
  const empty = emptyPlanWithUsDepartments();
  await writeFile(plan, JSON.stringify(empty));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const rowsOf = async () => (await readFile(fixture('hris/us-employer-hris.csv'), 'utf8')).trim().split('\r\n').slice(1);

describe('a 311-row US HRIS export, word-rated, with leavers', () => {
  it('imports every active employee with their rating, manager and hire date, and stores no protected attribute', async () => {
    const run = await braid(['import', fixture('hris/us-employer-hris.csv'), '--into', plan]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Left out, never stored: “MarriedID”, “GenderID”, “DOB”, “Sex”, “MaritalDesc”, “CitizenDesc”, “HispanicLatino”, “RaceDesc”');
    expect(run.stdout).toContain('Warning: “RecruitmentSource” was not taken as Assessment source');
    expect(run.stdout).toContain('PerformanceScore "Fully Meets" → 3');
    expect(run.stdout).toContain('PerformanceScore "PIP" → 1');

    const rows = await rowsOf();
    const active = rows.filter((line) => line.includes(',Active,'));
    const after = JSON.parse(await readFile(plan, 'utf8')) as Plan;
    expect(after.people).toHaveLength(active.length);
    expect(run.stdout).toContain(`${active.length} added, 0 updated`);
    expect(run.stdout).toContain(`${rows.length - active.length} who have left not imported`);
    expect(after.people.every((p) => p.performance !== null && !p.archived)).toBe(true);
    // Everyone but the top of the company reports to someone of the file.
    expect(after.people.filter((p) => p.managerId === null)).toHaveLength(1);
    const first = after.people[0];
    expect(first).toMatchObject({ id: '10001', name: 'Rosa M Rask', title: 'Production Manager', homeDomain: 'production', performance: 3 });
    expect(first.experience).toEqual([{ domain: 'production', start: '2016-02-17', end: null }]);
    expect(Object.keys(first).sort()).toEqual(['assessments', 'experience', 'flightRisk', 'homeDomain', 'id', 'managerId', 'name', 'performance', 'potential', 'title', 'track']);
    expect(JSON.stringify(after)).not.toMatch(/US Citizen|Married|Divorced|Two or more races|Black or African American/);
  });
});
