import { addDays, addMonths, dayOf, monthOf, toDayNumber, yearOf, isoOf, type IsoDateText } from './calendar';
import { wholeMonthsBetween } from './months';

/**
 * A rotation's dates as the planner moves them, in the calendar arithmetic of the analysis
 * (calendar.ts, months.ts): a "6 months" the planner keeps is the 6 months the flags count. Ranges are inclusive of both ends (DOMAIN §4),
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

const plusDays = addDays;
const daysBetween = (later: IsoDateText, earlier: IsoDateText): number => toDayNumber(later) - toDayNumber(earlier);
const monthsBetweenWhole = (earlier: IsoDateText, later: IsoDateText): number =>
  wholeMonthsBetween(yearOf(earlier), monthOf(earlier), dayOf(earlier), yearOf(later), monthOf(later), dayOf(later));
/** Monday of the date's week (day number 0, 1970-01-01, was a Thursday). */
const mondayOf = (iso: IsoDateText): IsoDateText => addDays(iso, -((((toDayNumber(iso) + 3) % 7) + 7) % 7));
const firstOfMonth = (iso: IsoDateText): IsoDateText => isoOf(yearOf(iso), monthOf(iso), 1);

function addUnits(date: IsoDateText, unit: SnapUnit, steps: number): IsoDateText {
  if (unit === 'month') return addMonths(date, steps);
  return addDays(date, (unit === 'week' ? 7 : 1) * steps);
}

/** The unit boundary nearest to a date: itself for days, the nearest Monday, the nearest first of a month. */
export function snapDate(iso: string, unit: SnapUnit): string {
  if (unit === 'day') return iso;
  const before = unit === 'week' ? mondayOf(iso) : firstOfMonth(iso);
  const after = addUnits(before, unit, 1);
  return daysBetween(iso, before) < daysBetween(after, iso) ? before : after;
}

/** Whole months plus leftover days of a range, so that a move keeps "6 months" as 6 months. */
function lengthOf(range: DateRange): { months: number; days: number } {
  const after = addDays(range.end, 1);
  const months = monthsBetweenWhole(range.start, after);
  return { months, days: daysBetween(after, addMonths(range.start, months)) };
}

/** The same length from a new start. */
export function rangeFrom(start: string, length: DateRange): DateRange {
  const { months, days } = lengthOf(length);
  const after = addDays(addMonths(start, months), days);
  return { start, end: addDays(after, -1) };
}

/** Moves a range by whole units (keyboard arrows): a month step keeps the day of the month. */
export function shiftRange(range: DateRange, unit: SnapUnit, steps: number): DateRange {
  if (unit !== 'month') {
    const days = (unit === 'week' ? 7 : 1) * steps;
    return { start: plusDays(range.start, days), end: plusDays(range.end, days) };
  }
  return rangeFrom(addMonths(range.start, steps), range);
}

/** Moves the end by whole units (shift+arrows); a range never shrinks below one unit. */
export function resizeRangeEnd(range: DateRange, unit: SnapUnit, steps: number): DateRange {
  const after = addUnits(addDays(range.end, 1), unit, steps);
  const end = addDays(after, -1);
  const shortest = addDays(addUnits(range.start, unit, 1), -1);
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
  if (from === to) return { start, end: addDays(addMonths(start, defaultMonths), -1) };
  const end = plusDays(snapDate(plusDays(to, 1), unit), -1);
  return { start, end: end < start ? addDays(addUnits(start, unit, 1), -1) : end };
}

export const sameRange = (a: DateRange, b: DateRange): boolean => a.start === b.start && a.end === b.end;
