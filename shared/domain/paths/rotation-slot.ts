import { occupancyOf, peakBetween, type Stay } from '../capacity';
import type { Host } from '../plan/schema';
import { addDays, addMonths, DAYS_PER_MONTH, firstOfMonthOnOrAfter, toDayNumber } from '../time';

/** How far ahead a free slot is looked for, in months. */
const SEARCH_MONTHS = 120;

/** The last day of a rotation of `months` starting on `start` (inclusive range). */
export function rotationEnd(start: string, months: number): string {
  const whole = Math.trunc(months);
  const extraDays = Math.round((months - whole) * DAYS_PER_MONTH);
  return addDays(addMonths(start, whole), extraDays - 1);
}

export interface Slot {
  start: string;
  end: string;
  startDay: number;
  endDay: number;
}

/**
 * The earliest first-of-month on or after asOf from which a rotation of `months` overlaps none
 * of the person's stays and keeps the host within its capacity; null if none within ten years.
 */
export function earliestSlot(asOf: string, months: number, personStays: readonly Stay[], host: Host, hostStays: readonly Stay[]): Slot | null {
  const occupancy = occupancyOf(hostStays);
  let start = firstOfMonthOnOrAfter(asOf);
  for (let i = 0; i < SEARCH_MONTHS; i++, start = addMonths(start, 1)) {
    const end = rotationEnd(start, months);
    const startDay = toDayNumber(start);
    const endDay = toDayNumber(end);
    if (personStays.some((s) => s.startDay <= endDay && s.endDay >= startDay)) continue;
    if (peakBetween(occupancy, startDay, endDay) + 1 > host.capacity) continue;
    return { start, end, startDay, endDay };
  }
  return null;
}
