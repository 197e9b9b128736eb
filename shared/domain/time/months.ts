import { dayNumberOf, dayOf, daysInMonth, monthOf, yearOf, type IsoDateText } from './calendar';

/** Days in an average Gregorian month: what the leftover days of a span are divided by. */
export const DAYS_PER_MONTH = 30.4375;

/**
 * date-fns v4 `differenceInMonths(later, earlier)` on calendar dates, ported to integer
 * arithmetic (months are 1–12). It keeps date-fns' quirks on purpose — e.g. from 31 January
 * to 30 June is 4 whole months, not 5 — because DOMAIN §5 defines months by that function.
 * The property test in months.test.ts checks it against date-fns itself.
 */
export function wholeMonthsBetween(ey: number, em: number, ed: number, ly: number, lm: number, ld: number): number {
  const sign = ly !== ey ? (ly > ey ? 1 : -1) : lm !== em ? (lm > em ? 1 : -1) : ld !== ed ? (ld > ed ? 1 : -1) : 0;
  if (sign === 0) return 0;
  const difference = Math.abs((ly - ey) * 12 + (lm - em));
  if (difference < 1) return 0;

  // The working copy of the later date: date-fns first turns 28/29 February into "30 February".
  let wm = lm;
  let wd = ld;
  if (lm === 2 && ld > 27) {
    wd = 30 - daysInMonth(ly, 2);
    wm = 3;
  }
  // Date#setMonth keeps the day of the month and overflows into the next month.
  const index = ly * 12 + (wm - 1) - sign * difference;
  let ny = Math.floor(index / 12);
  let nm = index - ny * 12 + 1;
  const dim = daysInMonth(ny, nm);
  if (wd > dim) {
    wd -= dim;
    if (++nm === 13) {
      nm = 1;
      ny++;
    }
  }
  const cmp = ny !== ey ? (ny > ey ? 1 : -1) : nm !== em ? (nm > em ? 1 : -1) : wd !== ed ? (wd > ed ? 1 : -1) : 0;
  let lastMonthNotFull = cmp === -sign;
  if (sign === 1 && difference === 1 && ld === daysInMonth(ly, lm)) lastMonthNotFull = false;
  return sign * (difference - (lastMonthNotFull ? 1 : 0));
}

/** Whole months (date-fns rule) plus the leftover days / 30.4375, from `earlier` to `later`. */
function monthsFromTo(ey: number, em: number, ed: number, ly: number, lm: number, ld: number): number {
  const whole = wholeMonthsBetween(ey, em, ed, ly, lm, ld);
  // The anchor is date-fns addMonths(earlier, whole): the same day, clamped to the month's end.
  let ay = ey;
  let am = em;
  let ad = ed;
  if (whole !== 0) {
    const index = ey * 12 + (em - 1) + whole;
    ay = Math.floor(index / 12);
    am = index - ay * 12 + 1;
    ad = Math.min(ed, daysInMonth(ay, am));
  }
  return whole + (dayNumberOf(ly, lm, ld) - dayNumberOf(ay, am, ad)) / DAYS_PER_MONTH;
}

/**
 * Months covered by the inclusive range start…end (DOMAIN §5): from `start` to the day
 * after `end`. 2027-01-01…2027-06-30 is exactly 6.
 */
export function monthsBetween(start: IsoDateText, end: IsoDateText): number {
  let ly = yearOf(end);
  let lm = monthOf(end);
  let ld = dayOf(end) + 1;
  if (ld > daysInMonth(ly, lm)) {
    ld = 1;
    if (++lm === 13) {
      lm = 1;
      ly++;
    }
  }
  return monthsFromTo(yearOf(start), monthOf(start), dayOf(start), ly, lm, ld);
}

/**
 * Age in months of something dated `date` as of `asOf` (DOMAIN §5): no extra day, so a date
 * exactly 12 calendar months before asOf is 12 months old. Negative when `date` is after asOf.
 */
export function ageInMonths(date: IsoDateText, asOf: IsoDateText): number {
  return monthsFromTo(yearOf(date), monthOf(date), dayOf(date), yearOf(asOf), monthOf(asOf), dayOf(asOf));
}
