import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInDays, differenceInMonths } from 'date-fns';
import { ageInMonths, monthsBetween, wholeMonthsBetween } from './months';
import { isoOf, daysInMonth } from './calendar';

const local = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
};

/** DOMAIN §5 written directly with date-fns: the reference the fast version must equal. */
const referenceMonths = (earlier: Date, later: Date): number => {
  const whole = differenceInMonths(later, earlier);
  return whole + differenceInDays(later, fnsAddMonths(earlier, whole)) / 30.4375;
};

const isoDate = fc
  .record({ y: fc.integer({ min: 1990, max: 2060 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => isoOf(y, m, Math.min(d, daysInMonth(y, m))));

/** Month ends and Februaries are where date-fns' rule has its quirks: weight them. */
const edgyDate = fc
  .record({ y: fc.integer({ min: 1995, max: 2035 }), m: fc.constantFrom(1, 2, 3, 4, 6, 12), d: fc.constantFrom(1, 27, 28, 29, 30, 31) })
  .map(({ y, m, d }) => isoOf(y, m, Math.min(d, daysInMonth(y, m))));

const anyDate = fc.oneof(isoDate, edgyDate);

describe('monthsBetween', () => {
  it('counts an inclusive range from start to the day after end', () => {
    expect(monthsBetween('2027-01-01', '2027-06-30')).toBe(6);
    expect(monthsBetween('2027-01-01', '2027-03-31')).toBe(3);
    expect(monthsBetween('2027-01-01', '2027-12-31')).toBe(12);
    expect(monthsBetween('2027-03-01', '2027-03-01')).toBeCloseTo(1 / 30.4375, 12);
  });

  it('adds the leftover days over 30.4375', () => {
    // 2027-01-01 → 2027-02-16: one month plus 15 days.
    expect(monthsBetween('2027-01-01', '2027-02-15')).toBeCloseTo(1 + 15 / 30.4375, 12);
  });

  it('keeps date-fns quirks: 31 January to 30 June is 4 months and 30 days', () => {
    expect(wholeMonthsBetween(2027, 1, 31, 2027, 6, 30)).toBe(4);
    expect(differenceInMonths(local('2027-06-30'), local('2027-01-31'))).toBe(4);
  });

  it('equals DOMAIN §5 written with date-fns on random ranges', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const expected = referenceMonths(local(start), fnsAddDays(local(end), 1));
        expect(monthsBetween(start, end)).toBeCloseTo(expected, 10);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('ageInMonths', () => {
  it('has no extra day: exactly 12 calendar months is 12', () => {
    expect(ageInMonths('2026-01-01', '2027-01-01')).toBe(12);
    expect(ageInMonths('2026-03-15', '2027-03-15')).toBe(12);
    expect(ageInMonths('2026-03-14', '2027-03-15')).toBeGreaterThan(12);
  });

  it('is negative for a date after asOf', () => {
    expect(ageInMonths('2027-02-01', '2027-01-01')).toBeLessThan(0);
  });

  it('equals date-fns in both directions on random pairs', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (date, asOf) => {
        expect(ageInMonths(date, asOf)).toBeCloseTo(referenceMonths(local(date), local(asOf)), 10);
      }),
      { numRuns: 5000 },
    );
  });
});
