import { neutraliseFormula } from '../domain/text/neutralise';
import type { ExportTable } from '../export/export-table';
import type { Refusal } from './field-reader';
import { cellText, type RawTable } from './table';

export const REASON_HEADER = 'Why Braid refused this row';

/**
 * The refused rows of a file as they were, with the reasons in a last column, for HR to
 * fix in Excel and import again: the reason column is not a field, so the next import
 * ignores it. Cells that a spreadsheet would run as formulas are neutralised (the import
 * takes the leading quote back off).
 */
export function refusedRowsTable(table: RawTable, refusals: readonly Refusal[]): ExportTable {
  const reasons = new Map<number, string[]>();
  for (const r of refusals) reasons.set(r.row, [...(reasons.get(r.row) ?? []), `${r.column}${r.value ? ` "${r.value}"` : ''} ${r.reason}`]);
  const rows = table.rows
    .filter((row) => reasons.has(row.row))
    .map((row) => [...table.headers.map((_, i) => neutraliseFormula(cellText(row.cells[i]))), neutraliseFormula(reasons.get(row.row)!.join('; '))]);
  return {
    name: 'people',
    title: 'Refused rows',
    columns: [...table.headers.map((header) => ({ header: neutraliseFormula(header), type: 'text' as const })), { header: REASON_HEADER, type: 'text' }],
    rows,
  };
}
