import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths as fnsAddMonths, differenceInCalendarMonths, format } from 'date-fns';
import { addDays, addMonths, calendarMonthsBetween, firstOfMonthOnOrAfter, fromDayNumber, toDayNumber, todayIso } from './calendar';

const day = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') });

describe('calendar', () => {
  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(toDayNumber('2100-03-01') - toDayNumber('2100-02-28')).toBe(1);
  });

  it('round-trips day numbers and agrees with UTC dates', () => {
    fc.assert(
      fc.property(day, (n) => {
        const iso = fromDayNumber(n);
        expect(toDayNumber(iso)).toBe(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts calendar months between two dates as date-fns does, days ignored', () => {
    expect(calendarMonthsBetween('2027-01-31', '2027-02-01')).toBe(1);
    expect(calendarMonthsBetween('2027-03-15', '2026-12-31')).toBe(-3);
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = [fromDayNumber(a), fromDayNumber(b)];
        expect(calendarMonthsBetween(from, to)).toBe(differenceInCalendarMonths(new Date(`${to}T00:00`), new Date(`${from}T00:00`)));
      }),
      { numRuns: 500 },
    );
  });

  it('adds days across months and years', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('adds months like date-fns, clamping to the month end', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-06-30', 12)).toBe('2028-06-30');
    expect(addMonths('2027-03-15', -36)).toBe('2024-03-15');
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (n, months) => {
        const iso = fromDayNumber(n);
        const [y, m, d] = iso.split('-').map(Number);
        const date = new Date(2000, 0, 1);
        date.setFullYear(y, m - 1, d);
        expect(addMonths(iso, months)).toBe(format(fnsAddMonths(date, months), 'yyyy-MM-dd'));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the first of a month on or after a date', () => {
    expect(firstOfMonthOnOrAfter('2027-03-01')).toBe('2027-03-01');
    expect(firstOfMonthOnOrAfter('2027-03-02')).toBe('2027-04-01');
    expect(firstOfMonthOnOrAfter('2027-12-15')).toBe('2028-01-01');
  });

  it('reads today in the local calendar', () => {
    expect(todayIso(new Date(2027, 4, 9, 23, 59))).toBe('2027-05-09');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
