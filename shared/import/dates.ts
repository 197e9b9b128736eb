import { daysInMonth, fromDayNumber, isoOf } from '../domain/time';
import type { DateFormat } from './mapping';
import { cellText, type Cell } from './table';

/**
 * Dates in HRIS exports: ISO text, day-first or month-first text with / . or -, Excel
 * serial numbers (an XLSX cell without a date format, or a CSV saved from such a sheet),
 * and XLSX date cells, which the reader already turned into ISO text.
 */

/** Excel's serial day 25569 is 1970-01-01 (serials count from 1899-12-30 in the 1900 system). */
const EXCEL_EPOCH_OFFSET = 25569;
/** 1900-03-01 to 2199-12-31: serials outside this are not dates anyone means. */
const SERIAL_MIN = 61;
const SERIAL_MAX = 109574;

export type DateReading = { ok: true; date: string } | { ok: false; reason: string };

export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
}

function dateOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoOf(year, month, day);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const PARTS = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) - (Number(text) > 69 ? 100 : 0) : Number(text));

function dayMonth(text: string): { first: number; second: number; year: number; sep: string } | null {
  const match = PARTS.exec(text);
  if (!match) return null;
  return { first: Number(match[1]), second: Number(match[2]), year: fullYear(match[3]), sep: text.charAt(match[1].length) };
}

const FORMAT_WORDING: Record<DateFormat, string> = {
  auto: 'a date',
  'YYYY-MM-DD': 'a date written YYYY-MM-DD',
  'DD/MM/YYYY': 'a date written DD/MM/YYYY',
  'MM/DD/YYYY': 'a date written MM/DD/YYYY',
  'DD.MM.YYYY': 'a date written DD.MM.YYYY',
};

/** Reads one date cell with the mapping's date format ('auto' guesses day-first for 03/04/2021). */
export function readDate(cell: Cell, format: DateFormat): DateReading {
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? { ok: true, date: iso } : { ok: false, reason: 'is not a date (a number that is not an Excel date serial)' };
  }
  const text = cellText(cell);
  const refuse = (): DateReading => ({ ok: false, reason: `is not ${FORMAT_WORDING[format]}` });
  const match = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (match) {
    const iso = dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? { ok: true, date: iso } : { ok: false, reason: 'is not a real calendar date' };
  }
  if (SERIAL.test(text)) {
    const iso = excelSerialToIso(Number(text));
    return iso ? { ok: true, date: iso } : refuse();
  }
  const parts = dayMonth(text);
  if (!parts || format === 'YYYY-MM-DD') return refuse();
  const monthFirst = format === 'MM/DD/YYYY' || (format === 'auto' && parts.second > 12 && parts.first <= 12);
  const iso = monthFirst ? dateOf(parts.year, parts.first, parts.second) : dateOf(parts.year, parts.second, parts.first);
  if (iso) return { ok: true, date: iso };
  return { ok: false, reason: `is not a real calendar date${format === 'auto' ? '' : ` in the ${format} format`}` };
}

/**
 * The date format a column seems to use: month-first when some value can only be read
 * month-first (04/13/2021), day-first when some value can only be read day-first, ISO when
 * all values are ISO; 'auto' (which reads ambiguous values day-first) otherwise.
 */
export function guessDateFormat(samples: readonly Cell[]): { format: DateFormat; ambiguous: boolean } {
  let dayFirst = false;
  let monthFirst = false;
  let ambiguous = false;
  let dotted = false;
  for (const cell of samples) {
    if (typeof cell !== 'string') continue;
    const parts = dayMonth(cell.trim());
    if (!parts) continue;
    if (parts.sep === '.') dotted = true;
    if (parts.first > 12 && parts.second <= 12) dayFirst = true;
    else if (parts.second > 12 && parts.first <= 12) monthFirst = true;
    else if (parts.first !== parts.second) ambiguous = true;
  }
  if (monthFirst && !dayFirst) return { format: 'MM/DD/YYYY', ambiguous: false };
  if (dayFirst && !monthFirst) return { format: dotted ? 'DD.MM.YYYY' : 'DD/MM/YYYY', ambiguous: false };
  if (dotted) return { format: 'DD.MM.YYYY', ambiguous: false };
  return { format: 'auto', ambiguous };
}
