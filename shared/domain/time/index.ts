export {
  addDays,
  addMonths,
  calendarMonthsBetween,
  dayNumberOf,
  daysInMonth,
  earlierOf,
  firstOfMonthOnOrAfter,
  fromDayNumber,
  isLeapYear,
  isoOf,
  laterOf,
  toDayNumber,
  todayIso,
  type IsoDateText,
} from './calendar';
export { ageInMonths, DAYS_PER_MONTH, monthsBetween, wholeMonthsBetween } from './months';
