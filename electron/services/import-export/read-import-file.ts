import { UserFacingError } from '../../../shared/api/dispatch';
import { tableFromRecords, type RawTable } from '../../../shared/import';
import { decodeText } from './decode-text';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

/** A file from the HRIS, as a table, with what was found out reading it. */
export interface ImportFile {
  table: RawTable;
  sheets: string[];
  sheet: string | null;
  encoding: string | null;
  delimiter: string | null;
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
    const workbook = await readXlsx(bytes, fileName);
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
    };
  }
  const decoded = decodeText(bytes);
  if (decoded.text.includes('\u0000')) throw new UserFacingError(`${fileName} is not a text file or an Excel workbook. Nothing was imported.`);
  const { records, delimiter } = readCsv(decoded.text);
  return { table: tableFromRecords(records), sheets: [], sheet: null, encoding: decoded.encoding, delimiter };
}
