import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { braid, fixture } from '../testing/fake-io';

let dir: string;
let plan: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'braid-cli-import-'));
  plan = join(dir, 'plan.braid.json');
  await copyFile(fixture('import/base.braid.json'), plan);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const peopleIn = async (path = plan) => (JSON.parse(await readFile(path, 'utf8')) as { people: { id: string; name: string; performance: number | null }[] }).people;

describe('braid import', () => {
  it('imports a CSV into a plan file, keeping the previous plan as .bak', async () => {
    const run = await braid(['import', fixture('import/people-utf8.csv'), '--into', plan]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Read people-utf8.csv: 4 rows, UTF-8, comma-separated');
    expect(run.stdout).toContain('Preview: 4 rows — 3 to add, 1 to update, 0 unchanged, 0 refused');
    expect(run.stdout).toContain(`Imported into ${plan}: 3 added, 1 updated.`);
    expect((await peopleIn()).map((p) => p.id)).toEqual(['E1001', 'E1002', 'E1003', 'E2001', 'E2002', 'E2003']);
    expect(await peopleIn(`${plan}.bak`)).toHaveLength(3);
  });

  it('exits 2 and writes nothing when a row is refused, listing each refusal', async () => {
    const before = await readFile(plan, 'utf8');
    const run = await braid(['import', fixture('import/people-duplicate-ids.csv'), '--into', plan, '--scale', 'performance=1-5']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Refused:\n  row 2, Employee ID "E2401": is on rows 2 and 4: each person may be on one row only\n  row 4, Employee ID "E2401"');
    expect(run.stderr).toBe('braid import: 2 rows were refused, so nothing was imported. Fix the file or the mapping, or skip the refused rows.\n');
    expect(await readFile(plan, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['plan.braid.json']);
  });

  it('imports the good rows with --skip-invalid', async () => {
    const run = await braid(['import', fixture('import/people-duplicate-ids.csv'), '--into', plan, '--skip-invalid', '--scale', 'performance=1-5']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 added, 0 updated, 2 refused rows left out');
    expect((await peopleIn()).map((p) => p.id)).toContain('E2402');
  });

  it('changes nothing on --dry-run', async () => {
    const before = await readFile(plan, 'utf8');
    const run = await braid(['import', fixture('import/people-utf8.csv'), '--into', plan, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Dry run: ${plan} was not changed.`);
    expect(await readFile(plan, 'utf8')).toBe(before);
  });

  it('saves the guessed mapping, and takes an edited one with --map', async () => {
    const map = join(dir, 'ibm.json');
    const guessed = await braid(['import', fixture('import/people-ibm-hr.csv'), '--into', plan, '--dry-run', '--save-map', map]);
    expect(guessed.code).toBe(2);
    expect(guessed.stdout).toContain('Department "Human Resources" → not mapped (refused)');
    const mapping = JSON.parse(await readFile(map, 'utf8'));
    mapping.values.homeDomain['Human Resources'] = 'delivery';
    mapping.scales.performance = { min: 1, max: 4 };
    await writeFile(map, JSON.stringify(mapping));
    const run = await braid(['import', fixture('import/people-ibm-hr.csv'), '--into', plan, '--map', map]);
    expect(run.stdout).toContain('PerformanceRating: 1–4 scale → 1–5: round(1 + (v−1)×4/3)');
    expect(run.code).toBe(0);
    const people = await peopleIn();
    expect(people.find((p) => p.id === '2')!.performance).toBe(5);
    expect(people.find((p) => p.id === '1')!.performance).toBe(4);
  });

  it('reads the sheet asked for from a workbook', async () => {
    const run = await braid(['import', fixture('import/people-sheets.xlsx'), '--into', plan, '--sheet', 'Assessments', '--dry-run', '--scale', 'level=1-5']);
    expect(run.stdout).toContain('Read people-sheets.xlsx: sheet "Assessments" of 3, 1 row');
    expect(run.stdout).toContain('0 to add, 1 to update');
    expect(run.code).toBe(0);
  });

  it('explains a mapping file that is not a mapping and exits 2', async () => {
    const map = join(dir, 'bad.json');
    await writeFile(map, JSON.stringify({ format: 'braid-import-mapping', version: 1, target: 'people', columns: { id: 7 } }));
    const run = await braid(['import', fixture('import/people-utf8.csv'), '--into', plan, '--map', map]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${map} is not a Braid import mapping:\n  columns.id: `);
  });

  it('requires --into', async () => {
    const run = await braid(['import', fixture('import/people-utf8.csv')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^braid import: --into PLAN is required/);
  });
});

describe('braid export', () => {
  it('writes one CSV per table into a folder', async () => {
    const out = join(dir, 'tables');
    const run = await braid(['export', plan, '--format', 'csv', '--out', out]);
    expect(run.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['actions.csv', 'assessments.csv', 'cost.csv', 'flags.csv', 'people.csv', 'roles.csv', 'rotations.csv']);
    const people = await readFile(join(out, 'people.csv'), 'utf8');
    expect(people.charCodeAt(0)).toBe(0xfeff);
    expect(people).toContain('E1003,Chloé Martin,Principal Consultant,Consulting,front');
  });

  it('writes one table, or a workbook of all of them', async () => {
    const one = join(dir, 'roles.csv');
    expect((await braid(['export', plan, '--format', 'csv', '--table', 'roles', '--out', one])).code).toBe(0);
    expect(await readFile(one, 'utf8')).toMatch(/^\uFEFFRole id,Role,/);
    const book = join(dir, 'plan.xlsx');
    expect((await braid(['export', plan, '--format', 'xlsx', '--out', book])).code).toBe(0);
    const sheets = await readExcelFile(await readFile(book));
    expect(sheets.map((s) => s.sheet)).toEqual(['People', 'Assessments', 'Rotations', 'Development actions', 'Roles and successors', 'Flags', 'Programme cost']);
  });

  it('refuses an unknown format or table', async () => {
    expect((await braid(['export', plan, '--format', 'ods', '--out', 'x'])).stderr).toMatch(/^braid export: --format must be csv or xlsx, not "ods"/);
    expect((await braid(['export', plan, '--format', 'csv', '--table', 'salaries', '--out', 'x'])).code).toBe(2);
  });
});
