import { UserFacingError } from '../../../shared/api/dispatch';
import type { Cell } from '../../../shared/import';

export interface XlsxSheets {
  names: string[];
  /** Records of each sheet, in workbook order. */
  records: Cell[][][];
}

const toCell = (value: unknown): Cell => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? null : String(value);
};

/**
 * The sheets of an .xlsx workbook. Cells with a date format arrive as YYYY-MM-DD text
 * (read-excel-file gives them as UTC-midnight Dates); dates stored as plain serial
 * numbers stay numbers and are read as dates by the import where a date is expected.
 */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<XlsxSheets> {
  // The workbook reader loads only when a workbook is read, not with the services.
  const { default: readExcelFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = (await readExcelFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as { sheet: string; data: unknown[][] }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserFacingError(`${fileName} could not be read as an Excel workbook. Nothing was imported.`, [reason]);
  }
  return {
    names: sheets.map((s) => s.sheet),
    records: sheets.map((s) => s.data.map((row) => row.map(toCell))),
  };
}
