/**
 * Calendar dates as plain 'YYYY-MM-DD' strings and as day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar). No Date objects and no time zone:
 * a plan's dates are calendar days, so arithmetic on them must never shift by a zone offset.
 * The analysis is hot, so these are allocation-free integer arithmetic.
 */

export type IsoDateText = string;

const ZERO = 48;

/** Year, month (1–12) and day of an ISO date, read straight from the characters. */
export const yearOf = (iso: IsoDateText): number =>
  (iso.charCodeAt(0) - ZERO) * 1000 + (iso.charCodeAt(1) - ZERO) * 100 + (iso.charCodeAt(2) - ZERO) * 10 + (iso.charCodeAt(3) - ZERO);
export const monthOf = (iso: IsoDateText): number => (iso.charCodeAt(5) - ZERO) * 10 + (iso.charCodeAt(6) - ZERO);
export const dayOf = (iso: IsoDateText): number => (iso.charCodeAt(8) - ZERO) * 10 + (iso.charCodeAt(9) - ZERO);

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Days before the first of each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Leap days in the years 1 … year − 1 (year ≥ 1). */
const leapDaysBefore = (year: number): number => {
  const y = year - 1;
  return ((y / 4) | 0) - ((y / 100) | 0) + ((y / 400) | 0);
};
const EPOCH = 365 * 1969 + leapDaysBefore(1970);

/**
 * Day number of a calendar date (month 1–12, year ≥ 1 — plan dates are four-digit years from
 * 0100 on, the schema refuses two-digit ones): integer arithmetic only, as it runs per date.
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const leap = month > 2 && (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return 365 * (year - 1) + leapDaysBefore(year) - EPOCH + DAYS_BEFORE_MONTH[month] + leap + day - 1;
}

/** Day number of an ISO date. */
export const toDayNumber = (iso: IsoDateText): number => dayNumberOf(yearOf(iso), monthOf(iso), dayOf(iso));

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));
const pad4 = (n: number): string => (n < 10 ? '000' : n < 100 ? '00' : n < 1000 ? '0' : '') + n;

export function isoOf(year: number, month: number, day: number): IsoDateText {
  return pad4(year) + '-' + pad2(month) + '-' + pad2(day);
}

/** ISO date of a day number; Howard Hinnant's civil_from_days. */
export function fromDayNumber(dayNumber: number): IsoDateText {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoOf(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(iso: IsoDateText, days: number): IsoDateText {
  return fromDayNumber(toDayNumber(iso) + days);
}

/**
 * date-fns `addMonths` on a calendar date: the same day of the month `months` later,
 * clamped to the end of a shorter month (2027-01-31 + 1 month = 2027-02-28).
 * A fractional amount is truncated, as date-fns (through Date#setMonth) does.
 */
export function addMonths(iso: IsoDateText, months: number): IsoDateText {
  const whole = Math.trunc(months);
  if (!whole) return iso;
  const index = yearOf(iso) * 12 + monthOf(iso) - 1 + whole;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoOf(year, month, Math.min(dayOf(iso), daysInMonth(year, month)));
}

/** Calendar months from one date's month to another's, days ignored (date-fns differenceInCalendarMonths): 2027-01-31 → 2027-02-01 is 1. */
export const calendarMonthsBetween = (from: IsoDateText, to: IsoDateText): number => (yearOf(to) - yearOf(from)) * 12 + monthOf(to) - monthOf(from);

/** The first day of a month on or after the given date. */
export function firstOfMonthOnOrAfter(iso: IsoDateText): IsoDateText {
  if (dayOf(iso) === 1) return iso;
  const month = monthOf(iso);
  return month === 12 ? isoOf(yearOf(iso) + 1, 1, 1) : isoOf(yearOf(iso), month + 1, 1);
}

/** Today in the local calendar of the machine. */
export function todayIso(now: Date = new Date()): IsoDateText {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The later / earlier of two ISO dates (ISO text orders like the dates it names). */
export const laterOf = (a: IsoDateText, b: IsoDateText): IsoDateText => (a > b ? a : b);
export const earlierOf = (a: IsoDateText, b: IsoDateText): IsoDateText => (a < b ? a : b);
