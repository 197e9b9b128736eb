import { UserFacingError } from '../../../shared/api/dispatch';
import { columnLetter, tableFromRecords, type Cell, type RawTable } from '../../../shared/import';
import { decodeText, type DecodedText } from './decode-text';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { checkWorkbookLimits } from './workbook-limits';

/** Excel's own limit for one cell: a longer one was not written by a spreadsheet. */
export const MAX_CELL_CHARACTERS = 32_767;

/** A file from the HRIS, as a table, with what was found out reading it. */
export interface ImportFile {
  table: RawTable;
  sheets: string[];
  sheet: string | null;
  encoding: string | null;
  delimiter: string | null;
  /** What reading found that the user should check before importing (damaged lines…). */
  warnings: string[];
}

function checkCellLengths(records: readonly Cell[][], fileName: string): void {
  for (let r = 0; r < records.length; r++) {
    const cells = records[r];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (typeof cell === 'string' && cell.length > MAX_CELL_CHARACTERS) {
        throw new UserFacingError(
          `Row ${r + 1}, column ${columnLetter(c)} of ${fileName} holds ${cell.length.toLocaleString('en')} characters; Braid reads cells of up to ${MAX_CELL_CHARACTERS.toLocaleString('en')} characters (Excel's own limit). Nothing was imported.`,
        );
      }
    }
  }
}

const SHOWN_LINES = 10;

/** The damaged lines of a text file in one sentence, with what was read on each, so the user can check them. */
function damageWarnings(decoded: DecodedText, fileName: string): string[] {
  const warnings: string[] = [];
  const describe = (why: 'not-utf8' | 'double-encoded', sentence: (lines: string) => string) => {
    const lines = (decoded.damaged ?? []).filter((d) => d.why === why);
    if (!lines.length) return;
    const listed = lines.slice(0, SHOWN_LINES).map((d) => `line ${d.line} (“${d.text.length > 50 ? `${d.text.slice(0, 50)}…` : d.text}”)`);
    const more = lines.length > SHOWN_LINES ? ` and ${lines.length - SHOWN_LINES} more` : '';
    warnings.push(sentence(`${listed.join('; ')}${more}`));
  };
  describe('not-utf8', (lines) => `${fileName} is UTF-8 except ${lines}: those lines look damaged and were read as Windows-1252. Check their names before importing (a line on row N is usually row N in Excel).`);
  describe('double-encoded', (lines) => `These lines of ${fileName} look damaged — UTF-8 read twice, as in “ZoÃ«” for “Zoë”: ${lines}. Fix them in the HRIS export or in Excel before importing.`);
  return warnings;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decides what a file is by its bytes (a .csv that is really a workbook is common), then
 * reads it: a workbook's chosen sheet (the widest table by default), or delimited text.
 */
export async function readImportFile(fileName: string, bytes: Uint8Array, sheet?: string): Promise<ImportFile> {
  if (bytes.length === 0) throw new UserFacingError(`${fileName} is empty. Nothing was imported.`);
  if (startsWith(bytes, OLE)) {
    throw new UserFacingError(`${fileName} is an old Excel 97–2003 workbook (.xls), which Braid does not read. Save it as .xlsx or CSV in Excel and import that.`);
  }
  if (startsWith(bytes, ZIP)) {
    checkWorkbookLimits(bytes, fileName);
    const workbook = await readXlsx(bytes, fileName);
    for (const records of workbook.records) checkCellLengths(records, fileName);
    if (sheet !== undefined && !workbook.names.includes(sheet)) {
      throw new UserFacingError(`${fileName} has no sheet named "${sheet}".`, [`Its sheets: ${workbook.names.join(', ')}`]);
    }
    const tables = workbook.records.map((records) => tableFromRecords(records));
    // A workbook often opens with a cover or notes sheet: the default is the widest table.
    const widest = tables.reduce((best, t, i) => (t.headers.length > tables[best].headers.length ? i : best), 0);
    const index = sheet !== undefined ? workbook.names.indexOf(sheet) : widest;
    return {
      table: tables[index] ?? { headers: [], rows: [] },
      sheets: workbook.names,
      sheet: workbook.names[index] ?? null,
      encoding: null,
      delimiter: null,
      warnings: [],
    };
  }
  const decoded = decodeText(bytes);
  if (decoded.text.includes('\u0000')) throw new UserFacingError(`${fileName} is not a text file or an Excel workbook. Nothing was imported.`);
  const { records, delimiter } = readCsv(decoded.text);
  checkCellLengths(records, fileName);
  return { table: tableFromRecords(records), sheets: [], sheet: null, encoding: decoded.encoding, delimiter, warnings: damageWarnings(decoded, fileName) };
}
