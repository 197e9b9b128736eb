import { z } from 'zod';
import { neutraliseFormula } from '../domain/text/neutralise';

/** A table ready for a CSV file or an XLSX sheet, built from the plan and its analysis. */

export const EXPORT_TABLES = ['people', 'assessments', 'rotations', 'actions', 'roles', 'flags', 'cost'] as const;
export type ExportTableName = (typeof EXPORT_TABLES)[number];

export const ExportRequest = z.object({
  /** 'all' is one workbook with a sheet per table (xlsx only). */
  table: z.enum([...EXPORT_TABLES, 'all']),
  format: z.enum(['csv', 'xlsx']),
});
export type ExportRequest = z.infer<typeof ExportRequest>;
export const ExportedBytes = z.object({ fileName: z.string(), base64: z.string(), mime: z.string() });

/** 'date' cells are YYYY-MM-DD text, written as real dates in XLSX. */
export type ColumnType = 'text' | 'number' | 'date';
export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  type: ColumnType;
  /** Column width in characters, for XLSX. */
  width?: number;
}

export interface ExportTable {
  name: ExportTableName;
  /** The sheet name in a workbook. */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

export const text = (header: string, width = 18): ExportColumn => ({ header, type: 'text', width });
export const number = (header: string, width = 10): ExportColumn => ({ header, type: 'number', width });
export const date = (header: string): ExportColumn => ({ header, type: 'date', width: 12 });

/**
 * Every table leaves through here: text cells (headers included) are neutralised against
 * formula injection, so no builder can forget it.
 */
export function finishTable(name: ExportTableName, title: string, columns: ExportColumn[], rows: ExportCell[][]): ExportTable {
  const safeColumns = columns.map((c) => ({ ...c, header: neutraliseFormula(c.header) }));
  const safeRows = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)));
  return { name, title, columns: safeColumns, rows: safeRows };
}
