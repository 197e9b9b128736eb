import { formatDay } from '../../components/dates';
import { addDays, addMonths, differenceInCalendarDays, format, getISOWeek, parseISO, startOfMonth, startOfWeek, startOfYear } from 'date-fns';

/**
 * The planner's time axis: calendar days ⇄ pixels. A day is the unit of position
 * (day 0 = the first day of the first year shown); pixels are days × pxPerDay. Dates go
 * through date-fns on local-midnight Date objects, so a DST change never shifts a day.
 */

export type Zoom = 'quarters' | 'months' | 'weeks';
export const ZOOMS: { id: Zoom; label: string }[] = [
  { id: 'quarters', label: 'Quarters' },
  { id: 'months', label: 'Months' },
  { id: 'weeks', label: 'Weeks' },
];

/** Quarters ≈ 38 px a month (three years on a laptop screen), months ≈ 110 px, weeks ≈ 63 px a week. */
export const PX_PER_DAY: Record<Zoom, number> = { quarters: 1.25, months: 3.6, weeks: 9 };

export interface TimelineScale {
  readonly originIso: string;
  readonly origin: Date;
  /** Days shown, from the origin. */
  readonly days: number;
  readonly pxPerDay: number;
  readonly width: number;
  readonly zoom: Zoom;
}

// Plans repeat the same few hundred dates thousands of times: parse each text once.
const EPOCH = new Date(2000, 0, 1);
const epochDays = new Map<string, number>();

/** Days from 2000-01-01 to an ISO date (negative before). */
export function epochDayOf(iso: string): number {
  let day = epochDays.get(iso);
  if (day === undefined) {
    day = differenceInCalendarDays(parseISO(iso), EPOCH);
    if (epochDays.size > 50_000) epochDays.clear();
    epochDays.set(iso, day);
  }
  return day;
}

export const isoOf = (date: Date): string => format(date, 'yyyy-MM-dd');

/** A scale covering whole years from `from`'s year to `to`'s year. */
export function timelineScale(from: string, to: string, zoom: Zoom): TimelineScale {
  const origin = startOfYear(parseISO(from));
  const end = startOfYear(addMonths(startOfYear(parseISO(to)), 12));
  const days = differenceInCalendarDays(end, origin);
  const pxPerDay = PX_PER_DAY[zoom];
  return { originIso: isoOf(origin), origin, days, pxPerDay, width: Math.round(days * pxPerDay), zoom };
}

/** Day index of an ISO date on the scale (may fall outside 0..days-1). */
export function dayIndexOf(scale: TimelineScale, iso: string): number {
  return epochDayOf(iso) - epochDayOf(scale.originIso);
}

export function isoOfDayIndex(scale: TimelineScale, day: number): string {
  return isoOf(addDays(scale.origin, day));
}

export const xOfDay = (scale: TimelineScale, day: number): number => day * scale.pxPerDay;
export const xOfDate = (scale: TimelineScale, iso: string): number => xOfDay(scale, dayIndexOf(scale, iso));

/** The day under a pixel, clamped to the scale. */
export function dayAtX(scale: TimelineScale, x: number): number {
  return Math.min(scale.days - 1, Math.max(0, Math.floor(x / scale.pxPerDay)));
}

/** Left edge and width of an inclusive day range; never thinner than `minWidth` so a short bar stays grabbable. */
export function spanGeometry(scale: TimelineScale, startDay: number, endDay: number, minWidth = 6): { left: number; width: number } {
  const left = startDay * scale.pxPerDay;
  return { left, width: Math.max(minWidth, (endDay - startDay + 1) * scale.pxPerDay) };
}

/**
 * The days worth rendering for a horizontal scroll position. The window is rounded out to
 * blocks of `blockDays` so that scrolling re-renders the lanes only when a block boundary is crossed.
 */
export function visibleDays(scale: TimelineScale, scrollLeft: number, viewportWidth: number, blockDays = 90): { from: number; to: number } {
  const first = Math.floor(Math.max(0, scrollLeft) / scale.pxPerDay);
  const last = Math.ceil((Math.max(0, scrollLeft) + viewportWidth) / scale.pxPerDay);
  return {
    from: Math.max(0, (Math.floor(first / blockDays) - 1) * blockDays),
    to: Math.min(scale.days, (Math.ceil(last / blockDays) + 1) * blockDays),
  };
}

export interface Tick {
  x: number;
  width: number;
  label: string;
  /** A fuller label for assistive technology and tooltips. */
  title: string;
}

function ticksOf(scale: TimelineScale, first: Date, next: (d: Date) => Date, label: (d: Date) => string, title: (d: Date) => string): Tick[] {
  const ticks: Tick[] = [];
  const end = addDays(scale.origin, scale.days);
  for (let date = first; date < end; date = next(date)) {
    const to = next(date);
    const startDay = Math.max(0, differenceInCalendarDays(date, scale.origin));
    const endDay = Math.min(scale.days, differenceInCalendarDays(to, scale.origin));
    ticks.push({ x: startDay * scale.pxPerDay, width: (endDay - startDay) * scale.pxPerDay, label: label(date), title: title(date) });
  }
  return ticks;
}

/** Two header rows: the coarse band (years, or months at week zoom) and the fine band. */
export function axisTicks(scale: TimelineScale): { major: Tick[]; minor: Tick[] } {
  const year = (d: Date) => format(d, 'yyyy');
  const nextYear = (d: Date) => addMonths(d, 12);
  if (scale.zoom === 'quarters') {
    return {
      major: ticksOf(scale, scale.origin, nextYear, year, year),
      minor: ticksOf(scale, scale.origin, (d) => addMonths(d, 3), (d) => `Q${Math.floor(d.getMonth() / 3) + 1}`, (d) => format(d, "QQQ yyyy")),
    };
  }
  if (scale.zoom === 'months') {
    return {
      major: ticksOf(scale, scale.origin, nextYear, year, year),
      minor: ticksOf(scale, scale.origin, (d) => addMonths(d, 1), (d) => format(d, 'MMM'), (d) => format(d, 'MMMM yyyy')),
    };
  }
  const firstMonday = startOfWeek(scale.origin, { weekStartsOn: 1 });
  return {
    major: ticksOf(scale, startOfMonth(scale.origin), (d) => addMonths(d, 1), (d) => format(d, 'MMM yyyy'), (d) => format(d, 'MMMM yyyy')),
    minor: ticksOf(scale, firstMonday, (d) => addDays(d, 7), (d) => format(d, 'd'), (d) => `Week ${getISOWeek(d)}, from ${format(d, 'd MMM yyyy')}`),
  };
}

/** "3 Mar 2027" (in the user's locale): how dates read everywhere in the planner. */
export function dateLabel(iso: string): string {
  return formatDay(iso);
}
