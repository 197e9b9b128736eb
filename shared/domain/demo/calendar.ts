import { daysInMonth, isoOf, monthOf, yearOf } from '../time/calendar';

/**
 * The demo schedules in whole calendar months (a rotation runs from the 1st of a month to
 * the last day of a later one), so months are counted as integers: year × 12 + month − 1.
 * Month-aligned ranges then overlap on a day exactly when they share a month, which keeps
 * host capacity and double-booking checks exact without day arithmetic.
 */

export const monthIndexOf = (iso: string): number => yearOf(iso) * 12 + monthOf(iso) - 1;

export function firstDayOf(month: number): string {
  return isoOf(Math.floor(month / 12), (month % 12) + 1, 1);
}

export function lastDayOf(month: number): string {
  const year = Math.floor(month / 12);
  const calendarMonth = (month % 12) + 1;
  return isoOf(year, calendarMonth, daysInMonth(year, calendarMonth));
}

/** A given day of a month, moved back to the month's last day when the month is shorter. */
export function dayOf(month: number, day: number): string {
  const year = Math.floor(month / 12);
  const calendarMonth = (month % 12) + 1;
  return isoOf(year, calendarMonth, Math.min(day, daysInMonth(year, calendarMonth)));
}
