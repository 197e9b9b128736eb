import { addDays, addMonths, addWeeks, differenceInCalendarDays, differenceInMonths, parseISO, startOfMonth, startOfWeek } from 'date-fns';
import { isoOf } from './timeline-scale';

/**
 * A rotation's dates as the planner moves them. Ranges are inclusive of both ends (DOMAIN §4),
 * so the day after `end` is the boundary that snaps: a rotation snapped to months runs from
 * the first of a month to the last day of a month.
 */

export type SnapUnit = 'day' | 'week' | 'month';
export const SNAP_UNITS: { id: SnapUnit; label: string }[] = [
  { id: 'day', label: 'Days' },
  { id: 'week', label: 'Weeks' },
  { id: 'month', label: 'Months' },
];

export interface DateRange {
  start: string;
  end: string;
}

export type DragMode = 'move' | 'start' | 'end';

const day = (iso: string): Date => parseISO(iso);
const plusDays = (iso: string, n: number): string => isoOf(addDays(day(iso), n));

function addUnits(date: Date, unit: SnapUnit, steps: number): Date {
  if (unit === 'month') return addMonths(date, steps);
  if (unit === 'week') return addWeeks(date, steps);
  return addDays(date, steps);
}

/** The unit boundary nearest to a date: itself for days, the nearest Monday, the nearest first of a month. */
export function snapDate(iso: string, unit: SnapUnit): string {
  if (unit === 'day') return iso;
  const date = day(iso);
  const before = unit === 'week' ? startOfWeek(date, { weekStartsOn: 1 }) : startOfMonth(date);
  const after = addUnits(before, unit, 1);
  const nearer = differenceInCalendarDays(date, before) < differenceInCalendarDays(after, date) ? before : after;
  return isoOf(nearer);
}

/** Whole months plus leftover days of a range, so that a move keeps "6 months" as 6 months. */
function lengthOf(range: DateRange): { months: number; days: number } {
  const start = day(range.start);
  const after = addDays(day(range.end), 1);
  const months = differenceInMonths(after, start);
  return { months, days: differenceInCalendarDays(after, addMonths(start, months)) };
}

/** The same length from a new start. */
export function rangeFrom(start: string, length: DateRange): DateRange {
  const { months, days } = lengthOf(length);
  const after = addDays(addMonths(day(start), months), days);
  return { start, end: isoOf(addDays(after, -1)) };
}

/** Moves a range by whole units (keyboard arrows): a month step keeps the day of the month. */
export function shiftRange(range: DateRange, unit: SnapUnit, steps: number): DateRange {
  if (unit !== 'month') {
    const days = (unit === 'week' ? 7 : 1) * steps;
    return { start: plusDays(range.start, days), end: plusDays(range.end, days) };
  }
  return rangeFrom(isoOf(addMonths(day(range.start), steps)), range);
}

/** Moves the end by whole units (shift+arrows); a range never shrinks below one unit. */
export function resizeRangeEnd(range: DateRange, unit: SnapUnit, steps: number): DateRange {
  const after = addUnits(addDays(day(range.end), 1), unit, steps);
  const end = isoOf(addDays(after, -1));
  const shortest = isoOf(addDays(addUnits(day(range.start), unit, 1), -1));
  return { start: range.start, end: end < shortest ? (range.end < shortest ? range.end : shortest) : end };
}

/**
 * The range while a bar is dragged `deltaDays` from where it was grabbed: a move snaps the start
 * and keeps the length; a resize snaps the dragged edge and never crosses the other one.
 */
export function draggedRange(range: DateRange, mode: DragMode, deltaDays: number, unit: SnapUnit): DateRange {
  if (deltaDays === 0) return range;
  if (mode === 'move') {
    const start = snapDate(plusDays(range.start, deltaDays), unit);
    return rangeFrom(start, range);
  }
  if (mode === 'start') {
    const start = snapDate(plusDays(range.start, deltaDays), unit);
    return { start: start > range.end ? range.end : start, end: range.end };
  }
  const end = plusDays(snapDate(plusDays(range.end, deltaDays + 1), unit), -1);
  return { start: range.start, end: end < range.start ? range.start : end };
}

/**
 * The range a drag across an empty lane proposes, from the day pressed to the day released.
 * A click without a drag proposes `defaultMonths` from the snapped day.
 */
export function drawnRange(anchor: string, current: string, unit: SnapUnit, defaultMonths: number): DateRange {
  const [from, to] = anchor <= current ? [anchor, current] : [current, anchor];
  const start = snapDate(from, unit);
  if (from === to) return { start, end: isoOf(addDays(addMonths(day(start), defaultMonths), -1)) };
  const end = plusDays(snapDate(plusDays(to, 1), unit), -1);
  return { start, end: end < start ? isoOf(addDays(addUnits(day(start), unit, 1), -1)) : end };
}

export const sameRange = (a: DateRange, b: DateRange): boolean => a.start === b.start && a.end === b.end;
