/**
 * Formula injection (CWE-1236): a spreadsheet runs a cell that starts with = + - or @ as
 * a formula, so a name like `=HYPERLINK("http://…")` typed into Braid must not reach
 * Excel as one. Such text gets a leading single quote, which Excel and LibreOffice show
 * as text. Tab and carriage return are included because Excel strips them before
 * reading the rest as a formula. Only text is touched: a real negative number stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
