import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode-text';
import { readImportFile } from './read-import-file';
import { lyingBomb, workbookBomb } from '../../../tests/fixtures/hris/workbook-bomb';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/import/', import.meta.url));
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const read = (name: string, sheet?: string) => readImportFile(name, fixture(name), sheet);

const PEOPLE_HEADERS = ['Employee ID', 'Full Name', 'Job Title', 'Department', 'Manager ID', 'Performance Rating', 'Potential', 'Flight Risk'];

describe('reading HRIS files', () => {
  it('reads UTF-8 with and without a byte order mark the same way', async () => {
    const plain = await read('people-utf8.csv');
    const bom = await read('people-utf8-bom.csv');
    expect(plain.table.headers).toEqual(PEOPLE_HEADERS);
    expect(bom.table).toEqual(plain.table);
    expect(plain.table.rows.map((r) => r.cells[1])).toEqual(['Zoë Łukasiewicz', 'Анна Петрова', '王芳', 'Chloé Martin']);
    expect([plain.encoding, plain.delimiter]).toEqual(['utf-8', ',']);
  });

  it('reads Windows-1252 with semicolons, the way Excel saves CSV on a European Windows', async () => {
    const file = await read('people-windows1252.csv');
    expect([file.encoding, file.delimiter]).toEqual(['windows-1252', ';']);
    expect(file.table.rows.map((r) => r.cells[1])).toEqual(['José Núñez', 'Jürgen Weiß', 'Françoise Cœur']);
  });

  it('reads tab-separated text', async () => {
    const file = await read('people-tab.tsv');
    expect(file.delimiter).toBe('\t');
    expect(file.table.headers).toEqual(PEOPLE_HEADERS);
    expect(file.table.rows).toHaveLength(4);
  });

  it('keeps quoted delimiters, quotes and line breaks inside one cell, and counts rows as Excel does', async () => {
    const file = await read('people-quoted-newlines.csv');
    expect(file.table.rows.map((r) => [r.row, r.cells[1], r.cells[2]])).toEqual([
      [2, "O'Brien, Siobhán", 'Head of "Customer Success"'],
      [3, 'Ravi Shankar', 'Program Manager,\nEMEA and\nAPAC'],
      [4, 'Mia Chen', 'Cloud Lead'],
    ]);
  });

  it('skips a report title, blank lines and trailing empty columns, keeping row numbers', async () => {
    const file = await read('people-blank-lines.csv');
    expect(file.table.headers).toEqual(PEOPLE_HEADERS);
    expect(file.table.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [3, 'E2301'],
      [6, 'E2302'],
    ]);
  });

  it('reads the widest sheet of a workbook by default, or the one asked for', async () => {
    const file = await read('people-sheets.xlsx');
    expect(file.sheets).toEqual(['About', 'Leaders', 'Assessments']);
    expect(file.sheet).toBe('Leaders');
    expect(file.table.headers).toEqual(['Employee ID', 'Full Name', 'Business Title', 'Supervisory Organization', 'Manager ID', 'Performance Rating', 'Hire Date']);
    // A date cell arrives as its date; a bare serial number stays a number for the import to read.
    expect(file.table.rows.map((r) => [r.cells[0], r.cells[6]])).toEqual([
      ['E3001', '2018-09-03'],
      [3002, 43466],
      ['E3003', '2021-01-15'],
    ]);
    const assessments = await read('people-sheets.xlsx', 'Assessments');
    expect(assessments.table.headers).toEqual(['Employee ID', 'Thread', 'Level', 'Date']);
    await expect(read('people-sheets.xlsx', 'Payroll')).rejects.toThrow('people-sheets.xlsx has no sheet named "Payroll".');
  });

  it('refuses old .xls workbooks, empty files and binary files with a sentence', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(readImportFile('old.xls', xls)).rejects.toThrow(/Excel 97–2003 workbook \(\.xls\).*Save it as \.xlsx or CSV/);
    await expect(readImportFile('empty.csv', new Uint8Array())).rejects.toThrow('empty.csv is empty. Nothing was imported.');
    await expect(readImportFile('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).rejects.toThrow('is not a text file');
    await expect(readImportFile('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow('could not be read as an Excel workbook');
  });
});

describe('decodeText', () => {
  it('decodes all of Windows-1252, including the characters at 0x80–0x9F', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x8a, 0x92, 0x93, 0x94, 0x96, 0x99, 0x9c, 0x9f]))).toBe('€…Š’“”–™œŸ');
    expect(decodeText(new Uint8Array([0x43, 0x9c, 0x75, 0x72])).text).toBe('Cœur');
  });

  it('reads UTF-16 with a byte order mark (Excel "Unicode text")', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00]);
    expect(decodeText(bytes)).toEqual({ text: 'Zë', encoding: 'utf-16le', bom: true });
  });
});

describe('files that are too big or damaged', () => {
  it('refuses a workbook that expands to 1 GB before inflating it, in a child process that stays small', () => {
    const script = fileURLToPath(new URL('../../../tests/fixtures/hris/refuse-bomb.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, '1024'], { encoding: 'utf8' });
    const result = JSON.parse(out) as { message: string; peakMb: number; fileMb: number };
    expect(result.fileMb).toBeLessThan(4);
    expect(result.message).toBe('bomb.xlsx would expand to 1,024 MB when opened; Braid opens workbooks of up to 100 MB uncompressed. Nothing was imported.');
    // Node and tsx alone take about 110 MB; inflating the sheet would take more than 1 000.
    expect(result.peakMb).toBeLessThan(300);
  });

  it('refuses a sheet whose dimension has more cells than the limit, and a zip whose sizes disagree', async () => {
    await expect(readImportFile('wide.xlsx', workbookBomb({ megabytes: 1, dimension: 'A1:XFD1048576' }))).rejects.toThrow(
      'A sheet of wide.xlsx (sheet1.xml) spans A1:XFD1048576, 17,179,869,184 cells; Braid reads sheets of up to 2,000,000 cells. Nothing was imported.',
    );
    await expect(readImportFile('lying.xlsx', lyingBomb(300))).rejects.toThrow('lying.xlsx could not be read as an Excel workbook: the sizes of xl/worksheets/sheet1.xml disagree within the zip.');
  });

  it('refuses a cell longer than Excel allows, naming the row, the column and the limit', async () => {
    const csv = `Employee ID,Full Name,Department\nE1,${'x'.repeat(40_000)},Sales\n`;
    await expect(readImportFile('long.csv', new TextEncoder().encode(csv))).rejects.toThrow(
      "Row 2, column B of long.csv holds 40,000 characters; Braid reads cells of up to 32,767 characters (Excel's own limit). Nothing was imported.",
    );
  });

  it('reads a UTF-8 file with a few Windows-1252 lines line by line, and names those lines', async () => {
    const utf8 = new TextEncoder().encode('Employee ID,Full Name,Department\nE1,Zoë Łukasiewicz,Sales\n');
    // One line pasted in from a Windows-1252 file: é, ú and ñ are single bytes there.
    const latin = Uint8Array.from('E2,José Núñez,IT\n', (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...utf8, ...latin, ...new TextEncoder().encode('E3,Chloé Martin,Data\n')]);
    const file = await readImportFile('mixed.csv', bytes);
    expect(file.encoding).toBe('utf-8 and windows-1252');
    expect(file.table.rows.map((r) => r.cells[1])).toEqual(['Zoë Łukasiewicz', 'José Núñez', 'Chloé Martin']);
    expect(file.warnings).toEqual([
      'mixed.csv is UTF-8 except line 3 (“E2,José Núñez,IT”): those lines look damaged and were read as Windows-1252. Check their names before importing (a line on row N is usually row N in Excel).',
    ]);
  });

  it('names the lines of a UTF-8 file that were read as Windows-1252 once already (“ZoÃ«”)', async () => {
    const file = await readImportFile('twice.csv', new TextEncoder().encode('Employee ID,Full Name\nE1,ZoÃ« Martin\nE2,Ana Ruiz\n'));
    expect(file.encoding).toBe('utf-8');
    expect(file.warnings[0]).toContain('line 2 (“E1,ZoÃ« Martin”)');
  });
});
