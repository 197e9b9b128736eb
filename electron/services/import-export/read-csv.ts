import Papa from 'papaparse';
import type { Cell } from '../../../shared/import';

export type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: Delimiter[] = [',', ';', '\t', '|'];

export interface CsvRecords {
  records: Cell[][];
  delimiter: Delimiter;
}

/**
 * Every record of a CSV (or tab-separated) text, blank lines kept so that record numbers
 * stay the row numbers a spreadsheet shows. papaparse handles quoted fields with
 * delimiters, quotes and line breaks inside; the delimiter is the one that splits the
 * first lines most consistently (comma in most of the world, semicolon where the comma is
 * the decimal separator, tab for Excel's text export).
 */
export function readCsv(text: string): CsvRecords {
  const result = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });
  const delimiter = (DELIMITERS as string[]).includes(result.meta.delimiter) ? (result.meta.delimiter as Delimiter) : ',';
  const records = result.data as Cell[][];
  // A final line break leaves one empty record; it is not a row of the file.
  if (records.length && records[records.length - 1].length === 1 && records[records.length - 1][0] === '') records.pop();
  return { records, delimiter };
}
