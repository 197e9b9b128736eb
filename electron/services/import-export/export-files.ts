import Papa from 'papaparse';
import type { ExportTable } from '../../../shared/export';

/**
 * Tables as files for Excel. CSV: UTF-8 with a BOM (without it Excel on Windows reads
 * "Zoë" as "ZoÃ«"), comma-separated, CRLF line ends, every field that needs it quoted.
 * XLSX: one sheet per table, header row frozen, numbers as numbers and dates as dates.
 * Text cells were neutralised against formula injection when the table was built.
 */

export const CSV_MIME = 'text/csv';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function tableToCsv(table: ExportTable): Uint8Array {
  const csv = Papa.unparse(
    { fields: table.columns.map((c) => c.header), data: table.rows.map((row) => row.map((cell) => (cell === null ? '' : cell))) },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
}

function isoToDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

type SheetCell = { value: string | number | Date; type?: DateConstructor | NumberConstructor | StringConstructor; format?: string; fontWeight?: 'bold' } | null;

function sheetOf(table: ExportTable) {
  const header: SheetCell[] = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const rows: SheetCell[][] = table.rows.map((row) =>
    row.map((cell, i): SheetCell => {
      if (cell === null || cell === '') return null;
      if (table.columns[i].type === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
        return { value: isoToDate(cell), type: Date, format: 'yyyy-mm-dd' };
      }
      return typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String };
    }),
  );
  return {
    data: [header, ...rows],
    sheet: table.title.slice(0, 31),
    columns: table.columns.map((c) => ({ width: c.width ?? 14 })),
    stickyRowsCount: 1,
  };
}

export async function tablesToXlsx(tables: readonly ExportTable[]): Promise<Uint8Array> {
  // The workbook writer loads only when a workbook is exported, not with the services.
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const buffer = await writeExcelFile(tables.map(sheetOf) as never).toBuffer();
  return new Uint8Array(buffer);
}
