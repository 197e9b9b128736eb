/**
 * A sheet as read from a CSV or XLSX file, before any mapping: text, numbers and booleans
 * (XLSX dates arrive as YYYY-MM-DD text). Row numbers are the ones a spreadsheet shows,
 * the header being row 1 when it is on the first line, so a refusal names the row the
 * user will find in Excel.
 */

export type Cell = string | number | boolean | null;

export interface SheetRow {
  /** The row number as a spreadsheet shows it (1-based, blank rows counted). */
  row: number;
  cells: Cell[];
}

export interface RawTable {
  headers: string[];
  rows: SheetRow[];
}

export const isBlankCell = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

const isBlankRow = (cells: readonly Cell[]): boolean => cells.every(isBlankCell);

/** The text of a cell as the user sees it, trimmed; '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(12)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return cell.trim();
}

/** A, B, … Z, AA — how spreadsheets name columns, for a column that has no header. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const HEADER_SEARCH_ROWS = 20;

/**
 * Reports exported from an HRIS often start with a title line or two ("Headcount report,
 * run 2026-03-01"). The header is the first row that is at least half as wide as the
 * widest of the first rows and holds only text.
 */
function headerIndex(rows: readonly Cell[][]): number {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS);
  const width = (cells: readonly Cell[]) => cells.filter((c) => !isBlankCell(c)).length;
  const widest = Math.max(0, ...candidates.map(width));
  const found = candidates.findIndex((cells) => width(cells) > 0 && width(cells) * 2 >= widest && cells.every((c) => isBlankCell(c) || typeof c === 'string'));
  return found < 0 ? candidates.findIndex((cells) => width(cells) > 0) : found;
}

/**
 * Turns the records of a sheet (as parsed, blank lines included) into a table: finds the
 * header, drops trailing empty columns and blank rows, names unnamed columns by their
 * letter and makes repeated headers unique ("Rating", "Rating (2)").
 */
export function tableFromRecords(records: readonly Cell[][]): RawTable {
  const at = headerIndex(records);
  if (at < 0) return { headers: [], rows: [] };
  const headerCells = records[at];
  const body: SheetRow[] = [];
  let used = headerCells.reduce<number>((last, cell, i) => (isBlankCell(cell) ? last : i + 1), 0);
  for (let i = at + 1; i < records.length; i++) {
    const cells = records[i];
    if (isBlankRow(cells)) continue;
    for (let c = cells.length - 1; c >= used; c--) {
      if (!isBlankCell(cells[c])) {
        used = c + 1;
        break;
      }
    }
    body.push({ row: i + 1, cells });
  }
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let c = 0; c < used; c++) {
    const base = cellText(headerCells[c]).replace(/\s+/g, ' ') || `Column ${columnLetter(c)}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    headers.push(count === 1 ? base : `${base} (${count})`);
  }
  return { headers, rows: body };
}
