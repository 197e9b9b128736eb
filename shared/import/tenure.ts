import { addMonths, isoOf } from '../domain/time';

/**
 * Tenure columns ("YearsAtCompany": 6) become an ongoing experience entry in the home
 * domain, starting that many years before the plan's as-of date, rounded to the month:
 * 6 years before 2026-06-15 is 2020-06-01, 2.5 years is 2023-12-01.
 * Spec choice: the first of the month, because tenure in whole or half years says nothing
 * about the day, and the first of a month reads as an estimate in the profile.
 */
export function startFromYears(asOf: string, years: number): string {
  const months = Math.round(years * 12);
  const back = addMonths(asOf, -months);
  return isoOf(Number(back.slice(0, 4)), Number(back.slice(5, 7)), 1);
}

/** Tenure longer than a working life is a mistake in the file (a year written as 2016, say). */
export const MAX_TENURE_YEARS = 60;
